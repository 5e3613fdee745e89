import type { IdempotencyRecord } from '../index.js';

/** One row of the SQLite records table, as better-sqlite3 reads and binds it. */
export interface RecordRow {
  key: string;
  fingerprint: string;
  token: string;
  lease_expires_at: number;
  expires_at: number;
  status: number | null;
  headers: string | null;
  body: Uint8Array | null;
}

/** The record a row holds; a row with a status is a completed one. */
export function recordOf(row: RecordRow): IdempotencyRecord {
  return {
    fingerprint: row.fingerprint,
    token: row.token,
    leaseExpiresAt: row.lease_expires_at,
    expiresAt: row.expires_at,
    response:
      row.status === null
        ? undefined
        : {
            status: row.status,
            headers: JSON.parse(row.headers ?? '{}') as Record<string, string>,
            body: row.body ?? new Uint8Array(),
          },
  };
}

/** The row that holds `record` under `key`. */
export function rowOf(key: string, record: IdempotencyRecord): RecordRow {
  const { response } = record;
  return {
    key,
    fingerprint: record.fingerprint,
    token: record.token,
    lease_expires_at: record.leaseExpiresAt,
    expires_at: record.expiresAt,
    status: response?.status ?? null,
    headers: response === undefined ? null : JSON.stringify(response.headers),
    body: response === undefined ? null : Buffer.from(response.body),
  };
}
