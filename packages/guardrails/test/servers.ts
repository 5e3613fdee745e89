/** Where the real-server tests find PostgreSQL and Redis (the CI script starts both), and unique names per run. */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

/** A pool on the `test` database at 127.0.0.1:5432 (trust auth), several connections for real concurrency. */
export function testPool(): pg.Pool {
  return new pg.Pool({
    host: '127.0.0.1',
    port: 5432,
    database: 'test',
    user: process.env.PGUSER ?? 'postgres',
    max: 8,
  });
}

/** A client on the Redis at 127.0.0.1:6379. */
export function testRedis(options: { readonly enableAutoPipelining?: boolean } = {}): Redis {
  return new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: false, maxRetriesPerRequest: 1, ...options });
}

/** A name no other test run uses, for a table or a key prefix. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Deletes every Redis key under `prefix`. */
export async function deleteKeys(client: Redis, prefix: string): Promise<number> {
  const keys = await client.keys(`${prefix}*`);
  return keys.length === 0 ? 0 : client.del(...keys);
}
