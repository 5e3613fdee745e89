import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdempotency } from '@driftguard/guardrails/idempotency';
import { idempotencyPlugin } from '@driftguard/guardrails/idempotency/fastify';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { startFakePayments } from 'order-service/dist/fakePayments/index.js';
import {
  DEV_API_KEYS,
  installErrorHandling,
  parseApiKeys,
  requireApiKey,
  TenantDirectory,
  tenantIdOf,
} from 'order-service/dist/http/index.js';
import { CATALOG, registerOrderRoutes } from 'order-service/dist/orders/index.js';
import { createHttpPaymentGateway } from 'order-service/dist/payments/index.js';
import { openStorage } from 'order-service/dist/storage/index.js';
import pg from 'pg';
import { PG, REDIS, RUN_ID } from './backends.mjs';
import { noteStoreError } from './storeErrors.mjs';

/**
 * The example service's own `POST /orders` (examples/order-service, built by `npm run build`):
 * authentication, validation, pricing, the order and its items in one transaction, a payment capture
 * over HTTP against the example's fake provider (in this process), the order settled; with and without
 * the idempotency plugin, its records in the orders' database or in Redis. The same routes, storage and
 * gateway the service runs; only the composition (`buildApp` always guards) is done here.
 */

/** The body and headers the service expects: the seed's order, tenantA's dev key. */
export const SERVICE_REQUEST = {
  body: JSON.stringify({ customer_id: 'cust_123', items: [{ sku: 'A1', qty: 2 }], currency: 'USD' }),
  headers: { authorization: 'Bearer dev-key-a' },
};

/** @param {'sqlite' | 'postgres' | 'redis'} store */
export async function openOrderServiceBackend(store) {
  const payments = await startFakePayments();
  const schema = `bench_os_${RUN_ID}`;
  const admin = new pg.Pool({ ...PG, max: 1 });
  admin.on('error', () => {});
  let dir;
  try {
    let location;
    let count;
    if (store === 'sqlite') {
      dir = await mkdtemp(join(tmpdir(), 'bench-idempotency-service-'));
      const path = join(dir, 'orders.sqlite');
      location = { kind: 'sqlite', path };
      count = async () => {
        const db = new Database(path, { readonly: true });
        try {
          return Number(db.prepare('SELECT COUNT(*) AS n FROM orders').get().n);
        } finally {
          db.close();
        }
      };
    } else {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const options = encodeURIComponent(`-c search_path=${schema}`);
      location = {
        kind: 'postgres',
        url: `postgres://${PG.user}@${PG.host}:${PG.port}/${PG.database}?options=${options}`,
      };
      count = async () => Number((await admin.query(`SELECT COUNT(*) AS n FROM "${schema}".orders`)).rows[0].n);
    }
    const redis =
      store === 'redis' ? { url: `redis://${REDIS.host}:${REDIS.port}`, prefix: `bench:os:${RUN_ID}:` } : null;
    const storage = await openStorage(location, { idempotencyRedis: redis });
    const gateway = createHttpPaymentGateway({ baseUrl: payments.url });
    const tenants = new TenantDirectory(parseApiKeys(DEV_API_KEYS));
    return {
      ok: true,
      detail: `the example service: ${store === 'sqlite' ? 'SQLite file' : `PostgreSQL schema ${schema}`}${redis ? `, idempotency records in Redis under ${redis.prefix}*` : ''}; fake payment provider in this process`,
      orders: { count },
      start: (guarded) => startService({ storage, gateway, tenants, guarded }),
      close: async () => {
        await storage.close();
        await payments.close();
        if (store !== 'sqlite') await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await admin.end();
        if (dir) await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await payments.close();
    await admin.end().catch(() => {});
    if (dir) await rm(dir, { recursive: true, force: true });
    return { ok: false, reason: `the example service could not start on ${store}: ${error.message}` };
  }
}

async function startService({ storage, gateway, tenants, guarded }) {
  const app = Fastify({ logger: false });
  installErrorHandling(app);
  await app.register(async (orders) => {
    requireApiKey(orders, tenants);
    if (guarded) {
      const engine = createIdempotency({ store: storage.idempotencyStore, onError: noteStoreError });
      await orders.register(idempotencyPlugin, { engine, principal: tenantIdOf });
    }
    registerOrderRoutes(orders, {
      repository: storage.repository,
      payments: gateway,
      catalog: CATALOG,
      clock: { now: () => Date.now() },
    });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
