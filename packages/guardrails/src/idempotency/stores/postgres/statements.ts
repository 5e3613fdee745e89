/**
 * The SQL of the PostgreSQL store for one table. Every statement reads the time once, in a `clock`
 * CTE: the caller's clock when it passes one (`$1`), else the database server's `now()`, so many
 * service instances judge leases by one clock. The claim is one `INSERT ... ON CONFLICT DO UPDATE
 * ... WHERE`: PostgreSQL locks the conflicting row and re-checks the condition on its newest
 * version, so of concurrent claimants exactly one inserts or takes over.
 */
export function statementsFor(name: string) {
  const table = `"${name}"`;
  const clock =
    'WITH clock AS (SELECT COALESCE($1::bigint, floor(extract(epoch FROM now()) * 1000)::bigint) AS now_ms)';
  const now = '(SELECT now_ms FROM clock)';
  return {
    create: [
      `CREATE TABLE IF NOT EXISTS ${table} (
        key text PRIMARY KEY, fingerprint text NOT NULL, token text NOT NULL,
        lease_expires_at bigint NOT NULL, expires_at bigint NOT NULL, taken_over boolean NOT NULL,
        status integer, headers text, body bytea
      )`,
      `CREATE INDEX IF NOT EXISTS "${name}_expires_at" ON ${table} (expires_at)`,
    ],
    /**
     * $1 now?, $2 key, $3 fingerprint, $4 token, $5 leaseMs, $6 retentionMs -> [{ taken_over }] when
     * inserted. The common first request: no row is locked or written when the key exists, so replays
     * and conflicts stay read-only.
     */
    insert: `${clock}
      INSERT INTO ${table} (key, fingerprint, token, lease_expires_at, expires_at, taken_over)
      SELECT $2, $3, $4, now_ms + $5::bigint, now_ms + $5::bigint + $6::bigint, false FROM clock
      ON CONFLICT (key) DO NOTHING
      RETURNING taken_over`,
    /** The same parameters -> [{ taken_over }] when an expired record or an expired lease was taken over. */
    claim: `${clock}
      INSERT INTO ${table} AS r (key, fingerprint, token, lease_expires_at, expires_at, taken_over)
      SELECT $2, $3, $4, now_ms + $5::bigint, now_ms + $5::bigint + $6::bigint, false FROM clock
      ON CONFLICT (key) DO UPDATE SET
        fingerprint = excluded.fingerprint, token = excluded.token,
        lease_expires_at = excluded.lease_expires_at, expires_at = excluded.expires_at,
        taken_over = r.expires_at > ${now}, status = NULL, headers = NULL, body = NULL
      WHERE r.expires_at <= ${now}
         OR (r.status IS NULL AND r.fingerprint = excluded.fingerprint AND r.lease_expires_at <= ${now})
      RETURNING taken_over`,
    /** $1 now?, $2 key -> the live record, with its remaining lease, if any. */
    inspect: `${clock}
      SELECT fingerprint, status, headers, body, lease_expires_at - ${now} AS lease_left_ms
      FROM ${table} WHERE key = $2 AND expires_at > ${now}`,
    /** $1 now?, $2 key, $3 token, $4 status, $5 headers, $6 body, $7 retentionMs. */
    complete: `${clock}
      UPDATE ${table} SET status = $4, headers = $5, body = $6, expires_at = ${now} + $7::bigint
      WHERE key = $2 AND token = $3 AND status IS NULL AND expires_at > ${now}`,
    /** $1 now?, $2 key, $3 token. */
    release: `${clock}
      DELETE FROM ${table} WHERE key = $2 AND token = $3 AND status IS NULL AND expires_at > ${now}`,
    /** $1 now?. */
    purge: `${clock} DELETE FROM ${table} WHERE expires_at <= ${now}`,
  };
}
