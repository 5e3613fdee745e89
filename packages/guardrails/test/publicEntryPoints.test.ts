import { createIdempotency } from '@driftguard/guardrails/idempotency';
import { idempotencyPlugin } from '@driftguard/guardrails/idempotency/fastify';
import { openPostgresStore } from '@driftguard/guardrails/idempotency/postgres';
import { createRedisStore } from '@driftguard/guardrails/idempotency/redis';
import { openSqliteStore } from '@driftguard/guardrails/idempotency/sqlite';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';

declare module 'fastify' {
  interface FastifyRequest {
    tenantId?: string;
  }
}

describe('the published entry points', () => {
  it('wire a Fastify service exactly as the documented contract shows', async () => {
    const store = await openSqliteStore({ db: new Database(':memory:') });
    const engine = createIdempotency({ store });
    const app = Fastify();
    app.addHook('onRequest', async (request) => {
      request.tenantId = 'tenant-a';
    });
    await app.register(idempotencyPlugin, { engine, principal: (request) => request.tenantId });
    let runs = 0;
    app.post('/orders', { config: { idempotency: { required: true } } }, async (_request, reply) => {
      runs++;
      return reply.code(201).send({ id: 'ord_1' });
    });
    app.post('/health', async () => ({ ok: true }));
    const order = {
      method: 'POST' as const,
      url: '/orders',
      headers: { 'idempotency-key': 'k1' },
      payload: { sku: 'a' },
    };
    expect((await app.inject(order)).statusCode).toBe(201);
    expect((await app.inject(order)).headers['idempotent-replayed']).toBe('true');
    expect((await app.inject({ method: 'POST', url: '/health' })).statusCode).toBe(200);
    expect(runs).toBe(1);
    await app.close();
  });

  it('export the factories the shared stores are opened with', () => {
    expect(typeof openPostgresStore).toBe('function');
    expect(typeof createRedisStore).toBe('function');
  });
});
