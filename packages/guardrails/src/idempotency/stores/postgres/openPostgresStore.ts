import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { assertTableName, type ClaimRequest, type ClaimResult, type Clock, type IdempotencyStore } from '../index.js';
import { statementsFor } from './statements.js';

/** Options of `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** A pg Pool shared with the app; the store never ends it. */
  readonly pool: Pool;
  /** The table to keep records in, created if missing; default `driftguard_idempotency`. */
  readonly table?: string;
  /** Where time comes from; default the database server's clock, which every instance shares. */
  readonly clock?: Clock;
}

interface LiveRow {
  fingerprint: string;
  status: number | null;
  headers: string | null;
  body: Buffer | null;
  lease_left_ms: string;
}

/** How often a claim re-runs when the record it met changed between the upsert and the look. */
const CLAIM_ATTEMPTS = 5;

/**
 * The shared idempotency store on PostgreSQL: one table, created on open, that any number of
 * service instances use at once. A claim is an insert that does nothing when the key exists, then a
 * plain read (a replay or a conflict writes nothing), and only for an expired record an atomic
 * takeover upsert (see `statements.ts`); completion and release are compare-and-set on the token. Call `purgeExpired()` periodically (see
 * `startPurgeSweep`) to delete records past their retention; until then they are ignored.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<IdempotencyStore> {
  const { pool, clock } = options;
  const table = assertTableName(options.table ?? 'driftguard_idempotency');
  const sql = statementsFor(table);
  // Prepared statement names live per connection, beside the app's: short and unique per table.
  const statementPrefix = `dg_idem_${createHash('sha256').update(table).digest('hex').slice(0, 12)}`;
  await createTable(pool, sql.create);
  const now = () => (clock === undefined ? null : clock.now());

  /** Named statements: parsed and planned once per connection, not on every request. */
  const run = <Row extends object>(name: keyof typeof sql, text: string, values: unknown[]) =>
    pool.query<Row>({ name: `${statementPrefix}_${name}`, text, values });

  async function claimOnce(request: ClaimRequest): Promise<ClaimResult | undefined> {
    const { key, fingerprint, token, leaseMs, retentionMs } = request;
    const values = [now(), key, fingerprint, token, leaseMs, retentionMs];
    const inserted = (await run<{ taken_over: boolean }>('insert', sql.insert, values)).rows[0];
    if (inserted !== undefined) return { outcome: 'claimed', takenOver: false };
    const row = (await run<LiveRow>('inspect', sql.inspect, [now(), key])).rows[0];
    if (row !== undefined && row.fingerprint !== fingerprint) return { outcome: 'mismatch' };
    if (row !== undefined && row.status !== null) {
      const headers = JSON.parse(row.headers ?? '{}') as Record<string, string>;
      return { outcome: 'completed', response: { status: row.status, headers, body: row.body ?? Buffer.alloc(0) } };
    }
    const leaseLeftMs = row === undefined ? 0 : Number(row.lease_left_ms);
    if (leaseLeftMs > 0) return { outcome: 'in-flight', retryAfterMs: leaseLeftMs };
    // Expired record or expired lease: take it over, atomically (the upsert re-checks on the newest row).
    const taken = (await run<{ taken_over: boolean }>('claim', sql.claim, values)).rows[0];
    return taken === undefined ? undefined : { outcome: 'claimed', takenOver: taken.taken_over };
  }

  return {
    async claim(request) {
      for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
        const result = await claimOnce(request);
        if (result !== undefined) return result;
      }
      throw new Error(`idempotency claim on "${request.key}" kept changing under ${CLAIM_ATTEMPTS} attempts`);
    },
    async complete({ key, token, response, retentionMs }) {
      const values = [now(), key, token, response.status, JSON.stringify(response.headers), response.body, retentionMs];
      return ((await run('complete', sql.complete, values)).rowCount ?? 0) > 0;
    },
    async release({ key, token }) {
      return ((await run('release', sql.release, [now(), key, token])).rowCount ?? 0) > 0;
    },
    async purgeExpired() {
      return (await pool.query(sql.purge, [now()])).rowCount ?? 0;
    },
  };
}

/**
 * Instances starting together race on CREATE ... IF NOT EXISTS; the loser's duplicate error is
 * harmless. PostgreSQL reports it as a unique violation on its catalog (23505), a duplicate table
 * (42P07) or, when the table's row type is created first, a duplicate object (42710: "type ...
 * already exists").
 */
async function createTable(pool: Pool, statements: readonly string[]): Promise<void> {
  for (const statement of statements) {
    try {
      await pool.query(statement);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== '23505' && code !== '42P07' && code !== '42710') throw error;
    }
  }
}
