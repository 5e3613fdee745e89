import { isAbsolute, resolve } from 'node:path';
import { LockRunError } from '../LockRunError.js';
import type { LockDatabase } from './LockDatabase.js';
import { openMysql } from './openMysql.js';
import { openPostgres } from './openPostgres.js';
import { openSqlite } from './openSqlite.js';

/**
 * Opens the database a URL names: `postgres://` or `postgresql://`, `mysql://` or `mariadb://`,
 * `sqlite:PATH` or a plain file path (relative to `cwd`). Connection problems are LockRunErrors
 * whose message never shows the URL's password.
 */
export async function openDatabase(url: string, cwd: string): Promise<LockDatabase> {
  try {
    if (/^postgres(ql)?:\/\//.test(url)) return await openPostgres(url);
    if (/^(mysql|mariadb):\/\//.test(url)) return await openMysql(url);
    if (/^[a-z][\w+.-]*:\/\//i.test(url)) {
      throw new LockRunError(
        `database ${redact(url)}: expected postgres://, mysql://, mariadb://, sqlite:PATH or a file path`,
      );
    }
    const path = url.replace(/^sqlite:(\/\/)?/, '').replace(/^file:/, '');
    return await openSqlite(isAbsolute(path) ? path : resolve(cwd, path));
  } catch (error) {
    if (error instanceof LockRunError) throw error;
    throw new LockRunError(`database ${redact(url)}: ${(error as Error).message}`);
  }
}

/** The URL with its password replaced, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
