/** The PostgreSQL back-end: migrating a database and the order repository on it. */
export { createPostgresOrderRepository } from './createPostgresOrderRepository.js';
export { migratePostgres } from './migratePostgres.js';
export { withTransaction } from './withTransaction.js';
