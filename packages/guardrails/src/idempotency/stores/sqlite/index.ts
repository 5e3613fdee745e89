/** @driftguard/guardrails/idempotency/sqlite: the embedded idempotency store on better-sqlite3. */
export type { IdempotencyStore } from '../index.js';
export { openSqliteStore, type SqliteStoreOptions } from './openSqliteStore.js';
