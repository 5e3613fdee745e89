import { describe, expect, it } from 'vitest';
import { createSqliteOrderRepository, migrateSqlite, openSqliteDatabase } from '../src/storage/index.js';
import { runRepositoryContract } from './support/runRepositoryContract.js';

runRepositoryContract('SQLite', async () => {
  const db = openSqliteDatabase(':memory:');
  migrateSqlite(db);
  return {
    repository: createSqliteOrderRepository(db),
    close: async () => {
      db.close();
    },
  };
});

describe('SQLite migrations', () => {
  it('apply once and find nothing to do the next time', () => {
    const db = openSqliteDatabase(':memory:');
    expect(migrateSqlite(db)).toEqual([1]);
    expect(migrateSqlite(db)).toEqual([]);
    db.close();
  });
});
