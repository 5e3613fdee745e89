import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Redis } from 'ioredis';
import { createTestSchema } from './postgres.js';

/** Where a service started from its environment keeps idempotency records: with the orders, or in Redis. */
export const IDEMPOTENCY_STORES = ['sqlite', 'postgres', 'redis'] as const;
/** One of `IDEMPOTENCY_STORES`; `redis` keeps the orders in a SQLite file. */
export type IdempotencyStoreName = (typeof IDEMPOTENCY_STORES)[number];

/** A fresh, empty database (and Redis prefix) for a service started from its environment. */
export interface ServiceDatabase {
  /** `DATABASE_URL` and, for `redis`, `IDEMPOTENCY_REDIS_URL` and a prefix no other run uses. */
  readonly env: Readonly<Record<string, string>>;
  /** Rows in `orders`, or only those with `orderId`; read straight from the database. */
  countOrders(orderId?: string): Promise<number>;
  /** Drops the database and deletes the run's Redis keys. */
  drop(): Promise<void>;
}

/** Opens a database for `store`: a SQLite file in a temporary directory, or a fresh PostgreSQL schema. */
export async function createServiceDatabase(store: IdempotencyStoreName): Promise<ServiceDatabase> {
  if (store === 'postgres') {
    const schema = await createTestSchema();
    return {
      env: { DATABASE_URL: schema.url },
      countOrders: async (orderId) => {
        const where = orderId === undefined ? '' : ' WHERE id = $1';
        const result = await schema.pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM orders${where}`,
          orderId === undefined ? [] : [orderId],
        );
        return Number(result.rows[0]?.n);
      },
      drop: () => schema.drop(),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'order-service-'));
  const file = join(dir, 'orders.sqlite');
  const countOrders = async (orderId?: string) => {
    const db = new Sqlite(file, { readonly: true });
    try {
      const where = orderId === undefined ? '' : ' WHERE id = ?';
      const row = db
        .prepare(`SELECT count(*) AS n FROM orders${where}`)
        .get(...(orderId === undefined ? [] : [orderId]));
      return (row as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const removeDir = async () => rmSync(dir, { recursive: true, force: true });
  if (store === 'sqlite') return { env: { DATABASE_URL: `sqlite:${file}` }, countOrders, drop: removeDir };
  const prefix = uniqueRedisPrefix();
  return {
    env: { DATABASE_URL: `sqlite:${file}`, IDEMPOTENCY_REDIS_URL: REDIS_URL, IDEMPOTENCY_REDIS_PREFIX: prefix },
    countOrders,
    drop: async () => {
      await deleteRedisKeys(prefix);
      await removeDir();
    },
  };
}

/** The Redis at 127.0.0.1:6379 the real-server tests use. */
export const REDIS_URL = 'redis://127.0.0.1:6379';

/** A Redis key prefix no other test run uses. */
export function uniqueRedisPrefix(): string {
  return `os_test_${process.pid}_${randomBytes(4).toString('hex')}:`;
}

/** Deletes every key under `prefix` in the test Redis. */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length > 0) await client.del(...keys);
  } finally {
    client.disconnect();
  }
}
