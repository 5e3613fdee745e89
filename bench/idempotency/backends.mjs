import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '@driftguard/guardrails/idempotency/postgres';
import { createRedisStore } from '@driftguard/guardrails/idempotency/redis';
import { openSqliteStore } from '@driftguard/guardrails/idempotency/sqlite';
import Database from 'better-sqlite3';
import Redis from 'ioredis';
import pg from 'pg';
import { postgresOrders, sqliteOrders } from './orders.mjs';

/**
 * The databases each store group runs against, with unique names per run and cleanup afterwards:
 * SQLite (a temp-file database in WAL mode, orders and idempotency records in it), PostgreSQL
 * (127.0.0.1:5432, database `test`, orders and records), and Redis (records in Redis 127.0.0.1:6379
 * under a unique prefix, orders in PostgreSQL). An unreachable server gives `{ ok: false, reason }`.
 *
 * @typedef {{ insert: (row: object) => Promise<void>, count: () => Promise<number> }} Orders
 * @typedef {{ ok: true, detail: string, orders: Orders, openStore: () => Promise<import('@driftguard/guardrails/idempotency').IdempotencyStore>, close: () => Promise<void> }
 *   | { ok: false, reason: string }} Backend
 */

/** A short id for this run's table names and key prefixes. */
export const RUN_ID = `${process.pid.toString(36)}${randomBytes(3).toString('hex')}`;

export const PG = { host: '127.0.0.1', port: 5432, database: 'test', user: process.env.PGUSER ?? 'postgres' };
export const REDIS = { host: '127.0.0.1', port: 6379 };
const CONNECT_TIMEOUT_MS = 2000;

/** @returns {Promise<Backend>} */
export async function openSqlite(name) {
  const dir = await mkdtemp(join(tmpdir(), `bench-idempotency-${name}-`));
  const file = join(dir, 'orders.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const orders = sqliteOrders(db, `orders_${RUN_ID}`);
  return {
    ok: true,
    detail: `${file} (WAL, synchronous=NORMAL)`,
    orders,
    openStore: () => openSqliteStore({ db, table: `idempotency_${RUN_ID}` }),
    close: async () => {
      db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** @returns {Promise<Backend>} */
export async function openPostgres() {
  const pool = new pg.Pool({ ...PG, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on('error', () => {});
  const ordersTable = `bench_orders_${RUN_ID}`;
  const storeTable = `bench_idempotency_${RUN_ID}`;
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    return { ok: false, reason: `PostgreSQL ${PG.host}:${PG.port}/${PG.database} not reachable: ${error.message}` };
  }
  const orders = await postgresOrders(pool, ordersTable);
  return {
    ok: true,
    detail: `${PG.host}:${PG.port}/${PG.database}, pool of 10, tables ${ordersTable} and ${storeTable} (dropped after)`,
    orders,
    openStore: () => openPostgresStore({ pool, table: storeTable }),
    close: async () => {
      await pool.query(`DROP TABLE IF EXISTS "${ordersTable}", "${storeTable}"`);
      await pool.end();
    },
  };
}

/** @returns {Promise<Backend>} orders in PostgreSQL, idempotency records in Redis */
export async function openRedis() {
  const client = new Redis({
    ...REDIS,
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    return { ok: false, reason: `Redis ${REDIS.host}:${REDIS.port} not reachable: ${error.message}` };
  }
  const postgres = await openPostgres();
  if (!postgres.ok) {
    client.disconnect();
    return { ok: false, reason: `${postgres.reason} (the Redis group keeps its orders there)` };
  }
  const prefix = `bench:idempotency:${RUN_ID}:`;
  return {
    ok: true,
    detail: `records in Redis ${REDIS.host}:${REDIS.port} under ${prefix}* (deleted after); orders in PostgreSQL`,
    orders: postgres.orders,
    openStore: async () => createRedisStore({ client, prefix }),
    close: async () => {
      await deleteByPrefix(client, prefix);
      client.disconnect();
      await postgres.close();
    },
  };
}

async function deleteByPrefix(client, prefix) {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await client.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}
