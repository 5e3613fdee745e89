/** @driftguard/guardrails/idempotency/postgres: the shared idempotency store on a pg Pool. */
export type { IdempotencyStore } from '../index.js';
export { openPostgresStore, type PostgresStoreOptions } from './openPostgresStore.js';
