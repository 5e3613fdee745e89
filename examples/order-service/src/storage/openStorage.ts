import type { IdempotencyStore } from '@driftguard/guardrails/idempotency';
import { openPostgresStore } from '@driftguard/guardrails/idempotency/postgres';
import { openSqliteStore } from '@driftguard/guardrails/idempotency/sqlite';
import type { Database } from 'better-sqlite3';
import pg from 'pg';
import type { OrderRepository } from '../orders/index.js';
import type { DatabaseLocation } from './databaseLocation.js';
import { createPostgresOrderRepository, migratePostgres } from './postgres/index.js';
import { openRedisIdempotencyStore, type RedisIdempotencyLocation } from './redis/index.js';
import { createSqliteOrderRepository, migrateSqlite, openSqliteDatabase } from './sqlite/index.js';

/**
 * An open, migrated database with the order repository and the idempotency store on it, so an
 * order and its idempotency record live in one database (unless `openStorage` put the store in
 * Redis). The raw handle (`db` or `pool`) is exposed for anything else that should share it.
 */
export type Storage =
  | {
      readonly kind: 'sqlite';
      readonly db: Database;
      readonly repository: OrderRepository;
      readonly idempotencyStore: IdempotencyStore;
      /** Closes the database. */
      close(): Promise<void>;
    }
  | {
      readonly kind: 'postgres';
      readonly pool: pg.Pool;
      readonly repository: OrderRepository;
      readonly idempotencyStore: IdempotencyStore;
      /** Ends the pool. */
      close(): Promise<void>;
    };

/** Options of `openStorage`. */
export interface StorageOptions {
  /** Keep idempotency records in this Redis instead of the database; default null (in the database). */
  readonly idempotencyRedis?: RedisIdempotencyLocation | null;
}

/**
 * Opens the database at `location`, runs pending migrations and opens the idempotency store's table
 * in it, or the Redis store when `idempotencyRedis` is given (then `close` quits Redis too); a
 * failure closes what it opened and rethrows.
 */
export async function openStorage(location: DatabaseLocation, options: StorageOptions = {}): Promise<Storage> {
  const storage = await openDatabase(location);
  if (options.idempotencyRedis == null) return storage;
  const redis = await closeOnFailure(openRedisIdempotencyStore(options.idempotencyRedis), storage.close);
  return {
    ...storage,
    idempotencyStore: redis.store,
    close: async () => {
      await redis.close();
      await storage.close();
    },
  };
}

async function openDatabase(location: DatabaseLocation): Promise<Storage> {
  if (location.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: location.url, max: 10 });
    return closeOnFailure(openPostgresStorage(pool), () => pool.end());
  }
  const db = openSqliteDatabase(location.kind === 'sqlite' ? location.path : ':memory:');
  return closeOnFailure(openSqliteStorage(db), async () => {
    db.close();
  });
}

/** Storage on an open better-sqlite3 database: migrates it and opens the idempotency table. `close` closes `db`. */
export async function openSqliteStorage(db: Database): Promise<Storage> {
  migrateSqlite(db);
  const idempotencyStore = await openSqliteStore({ db });
  const close = async () => {
    db.close();
  };
  return { kind: 'sqlite', db, repository: createSqliteOrderRepository(db), idempotencyStore, close };
}

/** Storage on a pg pool (its `search_path` picks the schema): migrates it and opens the idempotency table. `close` ends the pool. */
export async function openPostgresStorage(pool: pg.Pool): Promise<Storage> {
  await migratePostgres(pool);
  const idempotencyStore = await openPostgresStore({ pool });
  return {
    kind: 'postgres',
    pool,
    repository: createPostgresOrderRepository(pool),
    idempotencyStore,
    close: () => pool.end(),
  };
}

async function closeOnFailure<T>(opening: Promise<T>, close: () => Promise<void>): Promise<T> {
  try {
    return await opening;
  } catch (error) {
    await close();
    throw error;
  }
}

/** `location` for a log line or an error message, with any password masked. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.kind === 'sqlite-memory') return 'sqlite::memory:';
  if (location.kind === 'sqlite') return `sqlite:${location.path}`;
  const url = new URL(location.url);
  if (url.password !== '') url.password = '***';
  return url.toString();
}
