/** The SQLite back-end: opening a database, migrating it, and the order repository on it. */
export { createSqliteOrderRepository } from './createSqliteOrderRepository.js';
export { migrateSqlite } from './migrateSqlite.js';
export { openSqliteDatabase } from './openSqliteDatabase.js';
