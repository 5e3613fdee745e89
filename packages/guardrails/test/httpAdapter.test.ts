import { createServer, request, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { withIdempotency } from '../src/idempotency/adapters/http/index.js';
import { createIdempotency, createMemoryStore, type IdempotencyStore } from '../src/idempotency/index.js';
import { close, listen, signal } from './listen.js';

let server: Server;
afterEach(async () => close(server));

const order = (key: string, body: unknown = { sku: 'a' }) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-tenant': 'tenant-a' },
  body: JSON.stringify(body),
});

async function serve(handler: Parameters<typeof withIdempotency>[0], store: IdempotencyStore = createMemoryStore()) {
  const engine = createIdempotency({ store });
  const guarded = withIdempotency(handler, {
    engine,
    principal: (req) => req.headers['x-tenant'] as string | undefined,
  });
  server = createServer((req, res) => {
    guarded(req, res).catch(() => {
      res.statusCode = 500;
      res.end('handler failed');
    });
  });
  return listen(server);
}

describe('withIdempotency (node:http)', () => {
  it('hands the handler the parsed body and replays what it wrote, in pieces and all', async () => {
    let runs = 0;
    const base = await serve((req, res) => {
      runs++;
      res.writeHead(201, { 'content-type': 'application/json', location: '/orders/1' });
      res.write('{"sku":');
      res.end(`${JSON.stringify((req.body as { sku: string }).sku)}}`);
    });
    const first = await fetch(`${base}/orders`, order('k1'));
    const retry = await fetch(`${base}/orders`, order('k1'));
    expect(await first.text()).toBe('{"sku":"a"}');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe('/orders/1');
    expect(await retry.text()).toBe('{"sku":"a"}');
    expect(runs).toBe(1);
  });

  it('leaves GET untouched and answers a missing key on POST with 400', async () => {
    const base = await serve((_req, res) => res.end('ran'));
    expect(await (await fetch(`${base}/orders`)).text()).toBe('ran');
    const missing = await fetch(`${base}/orders`, { method: 'POST', headers: { 'x-tenant': 't' }, body: '{}' });
    expect(missing.status).toBe(400);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });

  it('releases the claim when the handler throws, and lets the caller answer', async () => {
    let runs = 0;
    const base = await serve(async () => {
      runs++;
      throw new Error('database away');
    });
    expect(await (await fetch(`${base}/orders`, order('k1'))).text()).toBe('handler failed');
    expect((await fetch(`${base}/orders`, order('k1'))).status).toBe(500);
    expect(runs).toBe(2);
  });

  it('stores the response when the client hung up before it, and replays it to the retry', async () => {
    const entered = signal();
    const hungUp = signal();
    const proceed = signal();
    const stored = signal();
    const memory = createMemoryStore();
    const store: IdempotencyStore = {
      ...memory,
      complete: async (completion) => {
        const written = await memory.complete(completion);
        stored.resolve();
        return written;
      },
    };
    let runs = 0;
    const base = await serve(async (_req, res) => {
      runs++;
      res.once('close', () => hungUp.resolve());
      entered.resolve();
      await proceed.promise;
      res.statusCode = 201;
      res.end('created while you were away');
    }, store);

    const { method, headers, body } = order('k1');
    const gone = request(`${base}/orders`, { method, headers });
    gone.on('error', () => {});
    gone.end(body);
    await entered.promise;
    gone.destroy();
    await hungUp.promise;
    proceed.resolve();
    await stored.promise;

    const retry = await fetch(`${base}/orders`, order('k1'));
    expect(retry.status).toBe(201);
    expect(await retry.text()).toBe('created while you were away');
    expect(runs).toBe(1);
  });

  it('refuses a body over the limit with 413 before claiming', async () => {
    const engine = createIdempotency({ store: createMemoryStore(), allowAnonymous: true });
    const guarded = withIdempotency((_req, res) => res.end('ran'), {
      engine,
      principal: () => undefined,
      maxRequestBytes: 8,
    });
    server = createServer((req, res) => void guarded(req, res));
    const base = await listen(server);
    const response = await fetch(`${base}/upload`, { ...order('k1'), body: 'x'.repeat(9) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'idempotency/request-too-large' });
  });
});
