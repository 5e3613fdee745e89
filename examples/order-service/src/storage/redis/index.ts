/** Idempotency records in Redis, for services whose orders stay in SQLite or PostgreSQL. */
export {
  openRedisIdempotencyStore,
  type RedisIdempotency,
  type RedisIdempotencyLocation,
} from './openRedisIdempotencyStore.js';
