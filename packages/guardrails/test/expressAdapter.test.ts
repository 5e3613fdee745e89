import { createServer, type Server } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyMiddleware } from '../src/idempotency/adapters/express/index.js';
import { createIdempotency, createMemoryStore } from '../src/idempotency/index.js';
import { close, listen } from './listen.js';

let server: Server;
afterEach(async () => close(server));

const order = (key: string | undefined, body: unknown = { sku: 'a' }) => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'x-tenant': 'tenant-a',
    ...(key === undefined ? {} : { 'idempotency-key': key }),
  },
  body: JSON.stringify(body),
});

let rawRuns = 0;

async function orderApp(handler: express.RequestHandler) {
  const engine = createIdempotency({ store: createMemoryStore() });
  const guard = idempotencyMiddleware({ engine, principal: (req) => req.header('x-tenant') });
  const app = express();
  const router = express.Router();
  router.post('/:id', express.json(), guard, handler);
  app.use('/orders', router);
  app.post(
    '/raw',
    guard,
    (req, res) => void res.status(201).send(`run ${++rawRuns}: ${(req.body as Buffer).byteLength} bytes`),
  );
  app.use(
    ((_error, _req, res, _next) => void res.status(500).json({ error: 'failed' })) as express.ErrorRequestHandler,
  );
  server = createServer(app);
  return listen(server);
}

describe('idempotencyMiddleware (express)', () => {
  it('replays res.json output with its status and location, and never across resources', async () => {
    let runs = 0;
    const base = await orderApp((req, res) => {
      runs++;
      res.status(201).location(`/orders/${req.params.id}`).json({ run: runs });
    });
    await fetch(`${base}/orders/7`, order('k1'));
    const retry = await fetch(`${base}/orders/7`, order('k1'));
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe('/orders/7');
    expect(await retry.json()).toEqual({ run: 1 });
    expect((await fetch(`${base}/orders/8`, order('k1'))).status).toBe(422);
  });

  it('answers 422 for another body and 400 without a key', async () => {
    const base = await orderApp((_req, res) => void res.status(201).json({}));
    await fetch(`${base}/orders/7`, order('k1'));
    expect((await fetch(`${base}/orders/7`, order('k1', { sku: 'b' }))).status).toBe(422);
    expect((await fetch(`${base}/orders/7`, order(undefined))).status).toBe(400);
  });

  it('releases the claim when the handler throws and the error handler answers 500', async () => {
    let runs = 0;
    const base = await orderApp(() => {
      runs++;
      throw new Error('database away');
    });
    expect((await fetch(`${base}/orders/7`, order('k1'))).status).toBe(500);
    expect((await fetch(`${base}/orders/7`, order('k1'))).status).toBe(500);
    expect(runs).toBe(2);
  });

  it('fingerprints a body no parser took by its bytes, and hands it on as a Buffer', async () => {
    const base = await orderApp((_req, res) => void res.json({}));
    const raw = (body: string) => ({ method: 'POST', headers: { 'x-tenant': 't', 'idempotency-key': 'r1' }, body });
    const first = await (await fetch(`${base}/raw`, raw('abc'))).text();
    expect(first).toMatch(/^run \d+: 3 bytes$/);
    const retry = await fetch(`${base}/raw`, raw('abc'));
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.text()).toBe(first);
    expect((await fetch(`${base}/raw`, raw('abd'))).status).toBe(422);
  });
});
