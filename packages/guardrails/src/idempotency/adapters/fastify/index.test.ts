import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createIdempotency } from '../../index.js';
import { createMemoryStore } from '../../stores/memory/index.js';
import { idempotencyPlugin } from './index.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenantId?: string;
  }
}

let app: FastifyInstance;
afterEach(async () => app.close());

/** The plugin wired as the order service wires it: tenant from a header, set by an earlier hook. */
async function orderApp(handler: (body: unknown) => Promise<{ status: number; body: unknown }>) {
  app = Fastify();
  app.addHook('onRequest', async (request) => {
    const tenant = request.headers['x-tenant'];
    if (typeof tenant === 'string') request.tenantId = tenant;
  });
  const engine = createIdempotency({ store: createMemoryStore() });
  await app.register(idempotencyPlugin, { engine, principal: (request) => request.tenantId });
  app.post('/orders', { config: { idempotency: { required: true } } }, async (request, reply) => {
    const { status, body } = await handler(request.body);
    return reply.code(status).header('location', '/orders/1').header('x-trace', 'not-replayed').send(body);
  });
  app.post('/open', async () => ({ open: true }));
  return app;
}

const post = (key: string | undefined, payload: unknown = { sku: 'a' }, tenant = 'tenant-a') => ({
  method: 'POST' as const,
  url: '/orders',
  headers: { 'x-tenant': tenant, ...(key === undefined ? {} : { 'idempotency-key': key }) },
  payload: payload as Record<string, unknown>,
});

describe('idempotencyPlugin', () => {
  it('runs the first request and replays status, body and selected headers to the retry', async () => {
    let runs = 0;
    await orderApp(async () => ({ status: 201, body: { id: ++runs } }));
    const first = await app.inject(post('k1'));
    const retry = await app.inject(post('k1', { sku: 'a' }));
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual({ id: 1 });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers['content-type']).toBe(first.headers['content-type']);
    expect(retry.headers.location).toBe('/orders/1');
    expect(retry.headers['x-trace']).toBeUndefined();
    expect(runs).toBe(1);
  });

  it('leaves routes without config.idempotency untouched', async () => {
    await orderApp(async () => ({ status: 201, body: {} }));
    const response = await app.inject({ method: 'POST', url: '/open', payload: {} });
    expect(response.json()).toEqual({ open: true });
  });

  it('answers 400, 422 and 409 as problem details', async () => {
    let entered: () => void = () => {};
    const handlerEntered = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await orderApp(async () => {
      entered();
      await held;
      return { status: 201, body: {} };
    });
    const missing = await app.inject(post(undefined));
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toBe('application/problem+json');
    expect(missing.json()).toMatchObject({ code: 'idempotency/key-missing' });

    const running = app.inject(post('k1')).then((response) => response); // then() starts the lazy inject
    await handlerEntered;
    const conflict = await app.inject(post('k1'));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.headers['retry-after']).toBe('60');
    expect(conflict.json()).toMatchObject({ code: 'idempotency/key-conflict' });
    release();
    expect((await running).statusCode).toBe(201);

    const mismatch = await app.inject(post('k1', { sku: 'b' }));
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json()).toMatchObject({ code: 'idempotency/payload-mismatch' });
  });

  it('runs a retry again after the handler threw, and replays a 422 the handler decided', async () => {
    let runs = 0;
    await orderApp(async (body) => {
      runs++;
      if ((body as { sku: string }).sku === 'boom') throw new Error('database away');
      return { status: 422, body: { error: 'out of stock' } };
    });
    expect((await app.inject(post('k1', { sku: 'boom' }))).statusCode).toBe(500);
    expect((await app.inject(post('k1', { sku: 'boom' }))).statusCode).toBe(500);
    expect((await app.inject(post('k2'))).statusCode).toBe(422);
    const replay = await app.inject(post('k2'));
    expect(replay.statusCode).toBe(422);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(runs).toBe(3);
  });

  it('keeps tenants apart: the same key from two tenants runs twice and replays to each its own', async () => {
    let runs = 0;
    await orderApp(async () => ({ status: 201, body: { run: ++runs } }));
    await app.inject(post('shared', {}, 'tenant-a'));
    await app.inject(post('shared', {}, 'tenant-b'));
    expect((await app.inject(post('shared', {}, 'tenant-a'))).json()).toEqual({ run: 1 });
    expect((await app.inject(post('shared', {}, 'tenant-b'))).json()).toEqual({ run: 2 });
  });

  it('fails loudly (500) when a keyed request reaches it without a principal', async () => {
    await orderApp(async () => ({ status: 201, body: {} }));
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'idempotency-key': 'k' },
      payload: {},
    });
    expect(response.statusCode).toBe(500);
  });

  it('guards the routes of the scope it is registered in, and not those of sibling scopes', async () => {
    app = Fastify();
    const engine = createIdempotency({ store: createMemoryStore(), allowAnonymous: true });
    const guarded = { config: { idempotency: {} } };
    await app.register(async (scope) => {
      await scope.register(idempotencyPlugin, { engine, principal: () => undefined });
      scope.post('/inside', guarded, async () => ({ ok: true }));
    });
    await app.register(async (sibling) => {
      sibling.post('/beside', guarded, async () => ({ ok: true }));
    });
    expect((await app.inject({ method: 'POST', url: '/inside', payload: {} })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/beside', payload: {} })).statusCode).toBe(200);
  });
});
