import { resolve } from 'node:path';

/** Where the orders live: a SQLite file, an in-memory SQLite database, or a PostgreSQL server. */
export type DatabaseLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'sqlite-memory' }
  | { readonly kind: 'postgres'; readonly url: string };

/** The SQLite file used when `DATABASE_URL` is unset, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = '.data/orders.sqlite';

/**
 * Reads `DATABASE_URL`: unset or empty means `.data/orders.sqlite` under `cwd`; `sqlite:PATH` a file
 * (relative to `cwd`); `sqlite::memory:` a database that lives as long as the process;
 * `postgres://` or `postgresql://` a server. Anything else is a sentence saying what is accepted.
 */
export function parseDatabaseUrl(value: string | undefined, cwd: string): DatabaseLocation | string {
  if (value === undefined || value === '') return { kind: 'sqlite', path: resolve(cwd, DEFAULT_SQLITE_PATH) };
  if (value === 'sqlite::memory:') return { kind: 'sqlite-memory' };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length);
    return path === ''
      ? 'sqlite: needs a file path, as in sqlite:.data/orders.sqlite'
      : { kind: 'sqlite', path: resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    return URL.canParse(value) ? { kind: 'postgres', url: value } : 'is not a valid postgres:// URL';
  }
  return 'must be sqlite:PATH, sqlite::memory: or postgres://user@host:port/database';
}
