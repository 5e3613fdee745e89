import type { Pool } from 'pg';
import { MIGRATIONS, type Migration } from '../migrations.js';
import { withTransaction } from './withTransaction.js';

/** The advisory lock that serializes migrations across every instance starting at once. */
const MIGRATION_LOCK = 'order-service.migrations';

/**
 * Brings the pool's database (its `search_path` schema) up to the latest schema in one transaction,
 * recording each applied migration in `schema_migrations`. An advisory lock makes concurrent
 * starters wait, then find nothing left to do. Returns the versions it applied.
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations
         (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const pending = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of pending) {
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return pending.map((migration) => migration.version);
  });
}
