import { existsSync } from 'node:fs';
import { LockRunError } from '../LockRunError.js';
import { importDriver } from './importDriver.js';
import { type LockDatabase, normalizeRow } from './LockDatabase.js';

/**
 * A SQLite file through `better-sqlite3`. The file must exist (a typo must not quietly create an
 * empty database whose counts are all 0); a busy timeout lets it read while the service writes.
 */
export async function openSqlite(file: string): Promise<LockDatabase> {
  if (!existsSync(file)) throw new LockRunError(`SQLite database ${file} does not exist`);
  const { default: Database } = await importDriver(() => import('better-sqlite3'), 'better-sqlite3', 'SQLite');
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  return {
    dialect: 'sqlite',
    async query(sql, values) {
      const statement = db.prepare(sql);
      if (!statement.reader) {
        statement.run(...values);
        return [];
      }
      return (statement.all(...values) as Record<string, unknown>[]).map(normalizeRow);
    },
    close: async () => {
      db.close();
    },
  };
}
