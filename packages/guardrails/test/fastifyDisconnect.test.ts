import { request } from 'node:http';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyPlugin } from '../src/idempotency/adapters/fastify/index.js';
import { createIdempotency, createMemoryStore, type IdempotencyStore } from '../src/idempotency/index.js';
import { signal } from './listen.js';

const app = Fastify();
afterEach(async () => app.close());

describe('idempotencyPlugin when the client hangs up', () => {
  it('stores the response the handler finished anyway, and replays it to the retry', async () => {
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
    await app.register(idempotencyPlugin, { engine: createIdempotency({ store }), principal: () => 'tenant-a' });
    app.post('/orders', { config: { idempotency: {} } }, async (_request, reply) => {
      runs++;
      reply.raw.once('close', () => hungUp.resolve());
      entered.resolve();
      await proceed.promise;
      return reply.code(201).send({ created: true });
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const headers = { 'content-type': 'application/json', 'idempotency-key': 'k1' };

    const gone = request(`${base}/orders`, { method: 'POST', headers });
    gone.on('error', () => {});
    gone.end('{}');
    await entered.promise;
    gone.destroy();
    await hungUp.promise;
    proceed.resolve();
    await stored.promise;

    const retry = await fetch(`${base}/orders`, { method: 'POST', headers, body: '{}' });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual({ created: true });
    expect(runs).toBe(1);
  });
});
