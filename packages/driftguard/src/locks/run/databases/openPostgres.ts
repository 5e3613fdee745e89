import { importDriver } from './importDriver.js';
import { type LockDatabase, normalizeRow } from './LockDatabase.js';

/** PostgreSQL through `pg`: one small pool for the run; `?options=-c search_path=...` in the URL is honored. */
export async function openPostgres(url: string): Promise<LockDatabase> {
  const pg = await importDriver(() => import('pg'), 'pg', 'PostgreSQL');
  const pool = new pg.default.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  return {
    dialect: 'postgres',
    async query(sql, values) {
      const result = await pool.query(sql, [...values]);
      return (result.rows as Record<string, unknown>[]).map(normalizeRow);
    },
    close: () => pool.end(),
  };
}
