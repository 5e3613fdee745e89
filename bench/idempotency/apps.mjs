import { idempotencyMiddleware } from '@driftguard/guardrails/idempotency/express';
import { idempotencyPlugin } from '@driftguard/guardrails/idempotency/fastify';
import express from 'express';
import { getSharedIdempotencyService, idempotency as peerIdempotency } from 'express-idempotency';
import Fastify from 'fastify';
import { priceOrder, validateOrder } from './orders.mjs';

/**
 * The servers under load: a Fastify 5 app and an Express 5 app with the same `POST /orders`
 * handler, with or without an idempotency middleware, listening on 127.0.0.1, port 0.
 * Each returns `{ url, close }`.
 */

const PRINCIPAL = 'tenantA';

/**
 * @param {import('./backends.mjs').Orders} orders
 * @param {import('@driftguard/guardrails/idempotency').IdempotencyEngine | undefined} engine ours, or none
 */
export async function startFastify(orders, engine) {
  const app = Fastify({ logger: false });
  if (engine !== undefined) await app.register(idempotencyPlugin, { engine, principal: () => PRINCIPAL });
  const options = engine === undefined ? {} : { config: { idempotency: { required: true } } };
  app.post('/orders', options, async (request, reply) => {
    const checked = validateOrder(request.body);
    if (!checked.ok) return reply.code(400).send({ error: checked.problem });
    const row = priceOrder(checked.order);
    await orders.insert(row);
    return reply.code(201).send(row);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/**
 * @param {import('./backends.mjs').Orders} orders
 * @param {{ kind: 'none' } | { kind: 'peer' } | { kind: 'ours', engine: import('@driftguard/guardrails/idempotency').IdempotencyEngine }} guard
 */
export async function startExpress(orders, guard) {
  const app = express();
  const chain = [express.json()];
  if (guard.kind === 'peer') chain.push(peerIdempotency());
  if (guard.kind === 'ours') chain.push(idempotencyMiddleware({ engine: guard.engine, principal: () => PRINCIPAL }));
  app.post('/orders', ...chain, async (req, res) => {
    // express-idempotency calls next() on a hit too, having answered already.
    if (guard.kind === 'peer' && getSharedIdempotencyService().isHit(req)) return;
    const checked = validateOrder(req.body);
    if (!checked.ok) return res.status(400).json({ error: checked.problem });
    const row = priceOrder(checked.order);
    await orders.insert(row);
    res.status(201).json(row);
  });
  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', (error) => (error ? reject(error) : resolve(listening)));
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
