import { IdempotencyConfigError } from '../../errors/index.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,47}$/;

/** Returns `table` unchanged after checking it is a plain SQL identifier (no schema, nothing that needs escaping). */
export function assertTableName(table: string): string {
  if (!IDENTIFIER.test(table)) {
    throw new IdempotencyConfigError(
      'table',
      `"${table}" must be 1-48 letters, digits or underscores, not starting with a digit`,
    );
  }
  return table;
}
