import { describe, expect, it } from 'vitest';
import { createPostgresOrderRepository, migratePostgres } from '../src/storage/index.js';
import { createTestSchema } from './support/postgres.js';
import { runRepositoryContract } from './support/runRepositoryContract.js';

runRepositoryContract('PostgreSQL', async () => {
  const schema = await createTestSchema();
  await migratePostgres(schema.pool);
  return { repository: createPostgresOrderRepository(schema.pool), close: () => schema.drop() };
});

describe('PostgreSQL migrations', () => {
  it('apply once even when two instances start at the same moment', async () => {
    const schema = await createTestSchema();
    try {
      const runs = await Promise.all([migratePostgres(schema.pool), migratePostgres(schema.pool)]);
      expect(runs.flat()).toEqual([1]);
      expect(await migratePostgres(schema.pool)).toEqual([]);
    } finally {
      await schema.drop();
    }
  });
});
