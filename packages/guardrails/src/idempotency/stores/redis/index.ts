/** @driftguard/guardrails/idempotency/redis: the shared idempotency store on an ioredis client. */
export type { IdempotencyStore } from '../index.js';
export { createRedisStore, type RedisStoreOptions } from './createRedisStore.js';
