import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createIdempotency } from '../../index.js';
import { createMemoryStore } from '../../stores/memory/index.js';
import { idempotencyMiddleware } from './index.js';

function orderApp(handler: (body: { sku?: string }) => Promise<Response> | Response) {
  const engine = createIdempotency({ store: createMemoryStore() });
  const guard = idempotencyMiddleware({ engine, principal: (c) => c.req.header('x-tenant') });
  const app = new Hono();
  app.post('/orders/:id', guard, async (c) => handler(await c.req.json()));
  app.onError((_error, c) => c.text('failed', 500));
  app.post('/optional', idempotencyMiddleware({ engine, principal: () => 't', required: false }), (c) => c.text('ran'));
  return app;
}

const post = (key: string | undefined, body: unknown = { sku: 'a' }, tenant = 'tenant-a') =>
  new Request('http://local/orders/7', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tenant': tenant,
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  });

describe('idempotencyMiddleware (hono)', () => {
  it('replays the first response, and the handler still reads the JSON body', async () => {
    let runs = 0;
    const app = orderApp((body) =>
      Response.json({ run: ++runs, sku: body.sku }, { status: 201, headers: { location: '/orders/7' } }),
    );
    await app.request(post('k1'));
    const retry = await app.request(post('k1'));
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual({ run: 1, sku: 'a' });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe('/orders/7');
  });

  it('answers 409 while the first runs, 422 for another body, 400 without a key', async () => {
    let entered: () => void = () => {};
    const handlerEntered = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const app = orderApp(async () => {
      entered();
      await held;
      return new Response('{}', { status: 201 });
    });
    const running = app.request(post('k1'));
    await handlerEntered;
    const conflict = await app.request(post('k1'));
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('retry-after')).toBe('60');
    release();
    expect((await running).status).toBe(201);
    expect((await app.request(post('k1', { sku: 'b' }))).status).toBe(422);
    const missing = await app.request(post(undefined));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'idempotency/key-missing' });
  });

  it('releases the claim when the handler throws, so the retry runs again', async () => {
    let runs = 0;
    const app = orderApp(() => {
      runs++;
      throw new Error('database away');
    });
    expect((await app.request(post('k1'))).status).toBe(500);
    expect((await app.request(post('k1'))).status).toBe(500);
    expect(runs).toBe(2);
  });

  it('passes a request without a key where the key is optional', async () => {
    const app = orderApp(() => new Response('unused'));
    const response = await app.request(new Request('http://local/optional', { method: 'POST' }));
    expect(await response.text()).toBe('ran');
  });
});
