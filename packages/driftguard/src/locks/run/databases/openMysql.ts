import { importDriver } from './importDriver.js';
import { type LockDatabase, normalizeRow } from './LockDatabase.js';

/** MySQL or MariaDB through `mysql2` (`mariadb://` is read as `mysql://`). */
export async function openMysql(url: string): Promise<LockDatabase> {
  const mysql = await importDriver(() => import('mysql2/promise'), 'mysql2', 'MySQL');
  const connection = await mysql.createConnection({ uri: url.replace(/^mariadb:/, 'mysql:'), supportBigNumbers: true });
  return {
    dialect: 'mysql',
    async query(sql, values) {
      const [rows] = await connection.query(sql, [...values]);
      return Array.isArray(rows) ? (rows as Record<string, unknown>[]).map(normalizeRow) : [];
    },
    close: () => connection.end(),
  };
}
