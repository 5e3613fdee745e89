import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idempotencyPlugin } from '../src/idempotency/adapters/fastify/index.js';
import { createIdempotency, type IdempotencyDecision, type IdempotencyStore } from '../src/idempotency/index.js';
import { manualClock } from '../src/idempotency/stores/contract.js';
import { openPostgresStore } from '../src/idempotency/stores/postgres/index.js';
import { createRedisStore } from '../src/idempotency/stores/redis/index.js';
import { signal } from './listen.js';
import { deleteKeys, testPool, testRedis, uniqueName } from './servers.js';

/** Two service instances on one store, each with its own Fastify app and engine, as a deployment runs them. */
async function twoInstances(store: IdempotencyStore) {
  let runs = 0;
  const entered = signal();
  const proceed = signal();
  const instances = await Promise.all(
    [1, 2].map(async (instance): Promise<FastifyInstance> => {
      const app = Fastify();
      await app.register(idempotencyPlugin, { engine: createIdempotency({ store }), principal: () => 'tenant-a' });
      app.post('/orders', { config: { idempotency: {} } }, async (_request, reply) => {
        runs++;
        entered.resolve();
        await proceed.promise;
        return reply.code(201).send({ createdBy: instance });
      });
      return app;
    }),
  );
  return { instances, entered, proceed, runs: () => runs };
}

const order = { method: 'POST' as const, url: '/orders', headers: { 'idempotency-key': 'k1' }, payload: { sku: 'a' } };

function scenarios(name: string, open: () => Promise<{ store: IdempotencyStore; close(): Promise<void> }>) {
  describe(`many instances on one ${name} store`, () => {
    let shared: { store: IdempotencyStore; close(): Promise<void> };
    beforeAll(async () => {
      shared = await open();
    });
    afterAll(async () => shared.close());

    it('runs an order once when retries of it hit both instances at the same time', async () => {
      const { instances, entered, proceed, runs } = await twoInstances(shared.store);
      const [a, b] = instances as [FastifyInstance, FastifyInstance];
      const first = a.inject(order).then((response) => response);
      await entered.promise;
      const racers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).inject(order)));
      expect(racers.map((response) => response.statusCode)).toEqual(Array(20).fill(409));
      proceed.resolve();
      expect((await first).statusCode).toBe(201);
      const replay = await b.inject(order);
      expect(replay.statusCode).toBe(201);
      expect(replay.json()).toEqual({ createdBy: 1 });
      expect(runs()).toBe(1);
      await Promise.all(instances.map((app) => app.close()));
    });
  });
}

scenarios('PostgreSQL', async () => {
  const pool = testPool();
  const table = uniqueName('idem_shared');
  const store = await openPostgresStore({ pool, table });
  return {
    store,
    close: async () => {
      await pool.query(`DROP TABLE IF EXISTS "${table}"`);
      await pool.end();
    },
  };
});

scenarios('Redis', async () => {
  const client = testRedis();
  const prefix = `${uniqueName('idem_shared')}:`;
  return {
    store: createRedisStore({ client, prefix }),
    close: async () => {
      await deleteKeys(client, prefix);
      await client.quit();
    },
  };
});

describe('crash recovery across instances on PostgreSQL', () => {
  it('lets a second instance take over a crashed one’s key after the lease, and keeps its answer', async () => {
    const pool = testPool();
    const table = uniqueName('idem_crash');
    const clock = manualClock();
    try {
      const store = await openPostgresStore({ pool, table, clock });
      const [crashing, survivor] = [
        createIdempotency({ store, leaseMs: 30_000 }),
        createIdempotency({ store, leaseMs: 30_000 }),
      ];
      const request = {
        method: 'POST',
        route: '/orders',
        headers: { 'idempotency-key': 'k1' },
        body: {},
        principal: 't',
      };
      const lost = expectExecution(await crashing.begin(request));
      expect((await survivor.begin(request)).kind).toBe('respond');
      clock.advance(30_001);
      const recovery = expectExecution(await survivor.begin(request));
      expect(recovery.takenOver).toBe(true);
      expect(await lost.complete({ status: 201, headers: {}, body: 'from the dead' })).toBe('lease-lost');
      expect(await recovery.complete({ status: 201, headers: {}, body: 'recovered' })).toBe('stored');
      const replay = await crashing.begin(request);
      expect(replay.kind === 'respond' && Buffer.from(replay.response.body).toString()).toBe('recovered');
    } finally {
      await pool.query(`DROP TABLE IF EXISTS "${table}"`);
      await pool.end();
    }
  });
});

function expectExecution(decision: IdempotencyDecision) {
  if (decision.kind !== 'execute') throw new Error(`expected an execution, got ${decision.kind}`);
  return decision;
}
