/** Where orders live: SQLite by default, PostgreSQL by URL, one schema and one repository contract for both. */
export { type DatabaseLocation, DEFAULT_SQLITE_PATH, parseDatabaseUrl } from './databaseLocation.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export {
  describeLocation,
  openPostgresStorage,
  openSqliteStorage,
  openStorage,
  type Storage,
  type StorageOptions,
} from './openStorage.js';
export { createPostgresOrderRepository, migratePostgres } from './postgres/index.js';
export { openRedisIdempotencyStore, type RedisIdempotency, type RedisIdempotencyLocation } from './redis/index.js';
export { createSqliteOrderRepository, migrateSqlite, openSqliteDatabase } from './sqlite/index.js';
