import type { Database } from 'better-sqlite3';
import {
  assertTableName,
  type Clock,
  type IdempotencyRecord,
  type IdempotencyStore,
  judgeClaim,
  judgeCompletion,
  judgeRelease,
  systemClock,
} from '../index.js';
import { type RecordRow, recordOf, rowOf } from './rows.js';

/** Options of `openSqliteStore`. */
export interface SqliteStoreOptions {
  /** An open better-sqlite3 database; the store never closes it. */
  readonly db: Database;
  /** The table to keep records in, created if missing; default `driftguard_idempotency`. */
  readonly table?: string;
  /** Where time comes from; default the system clock. */
  readonly clock?: Clock;
}

/**
 * The embedded idempotency store: one table in a SQLite database, created on open. Every operation
 * is one `BEGIN IMMEDIATE` transaction, so claims are atomic across every connection and process
 * sharing the file. Records past their retention are ignored and deleted by `purgeExpired()`.
 */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<IdempotencyStore> {
  const { db } = options;
  const name = assertTableName(options.table ?? 'driftguard_idempotency');
  const table = `"${name}"`;
  const clock = options.clock ?? systemClock;
  db.exec(`CREATE TABLE IF NOT EXISTS ${table} (
    key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, token TEXT NOT NULL,
    lease_expires_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    status INTEGER, headers TEXT, body BLOB
  )`);
  db.exec(`CREATE INDEX IF NOT EXISTS "${name}_expires_at" ON ${table} (expires_at)`);

  const select = db.prepare<[string], RecordRow>(`SELECT * FROM ${table} WHERE key = ?`);
  const upsert = db.prepare<RecordRow>(
    `INSERT OR REPLACE INTO ${table} (key, fingerprint, token, lease_expires_at, expires_at, status, headers, body)
     VALUES (@key, @fingerprint, @token, @lease_expires_at, @expires_at, @status, @headers, @body)`,
  );
  const remove = db.prepare<[string]>(`DELETE FROM ${table} WHERE key = ?`);
  const purge = db.prepare<[number]>(`DELETE FROM ${table} WHERE expires_at <= ?`);
  const read = (key: string): IdempotencyRecord | undefined => {
    const row = select.get(key);
    return row === undefined ? undefined : recordOf(row);
  };

  const claim = db.transaction((request: Parameters<IdempotencyStore['claim']>[0]) => {
    const judged = judgeClaim(read(request.key), request, clock.now());
    if (judged.write !== undefined) upsert.run(rowOf(request.key, judged.write));
    return judged.result;
  });
  const complete = db.transaction((request: Parameters<IdempotencyStore['complete']>[0]) => {
    const next = judgeCompletion(read(request.key), request, clock.now());
    if (next !== undefined) upsert.run(rowOf(request.key, next));
    return next !== undefined;
  });
  const release = db.transaction((request: Parameters<IdempotencyStore['release']>[0]) => {
    const released = judgeRelease(read(request.key), request, clock.now());
    if (released) remove.run(request.key);
    return released;
  });

  return {
    claim: async (request) => claim.immediate(request),
    complete: async (request) => complete.immediate(request),
    release: async (request) => release.immediate(request),
    purgeExpired: async () => purge.run(clock.now()).changes,
  };
}
