import type { Dialect } from '../../sqlParams.js';

/** One result row, column name to value (normalized: no bigints, dates as ISO strings). */
export type Row = Record<string, unknown>;

/**
 * A database the `sql` steps query: PostgreSQL, MySQL/MariaDB or SQLite behind one small contract.
 * Queries take positional values in the dialect's placeholder style (see `bindNamedSql`).
 */
export interface LockDatabase {
  readonly dialect: Dialect;
  query(sql: string, values: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** A row's values as JSON can hold them, so reports and comparisons see plain values. */
export function normalizeRow(row: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normalizeValue(value)]));
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  return value;
}

/** A value as a driver takes it: booleans as 0/1 for SQLite, objects as JSON text. */
export function driverValue(value: unknown, dialect: Dialect): unknown {
  if (typeof value === 'boolean' && dialect === 'sqlite') return value ? 1 : 0;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return value ?? null;
}
