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
 * service instances use at once. A claim is a single atomic upsert (see `statements.ts`); completion
 * and release are compare-and-set on the claim's token. Call `purgeExpired()` periodically (see
 * `startPurgeSweep`) to delete records past their retention; until then they are ignored.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<IdempotencyStore> {
  const { pool, clock } = options;
  const sql = statementsFor(assertTableName(options.table ?? 'driftguard_idempotency'));
  await createTable(pool, sql.create);
  const now = () => (clock === undefined ? null : clock.now());

  async function claimOnce(request: ClaimRequest): Promise<ClaimResult | undefined> {
    const { key, fingerprint, token, leaseMs, retentionMs } = request;
    const claimed = await pool.query<{ taken_over: boolean }>(sql.claim, [
      now(),
      key,
      fingerprint,
      token,
      leaseMs,
      retentionMs,
    ]);
    const won = claimed.rows[0];
    if (won !== undefined) return { outcome: 'claimed', takenOver: won.taken_over };
    const row = (await pool.query<LiveRow>(sql.inspect, [now(), key])).rows[0];
    if (row === undefined) return undefined; // released or expired since the upsert: claim again
    if (row.fingerprint !== fingerprint) return { outcome: 'mismatch' };
    if (row.status !== null) {
      const headers = JSON.parse(row.headers ?? '{}') as Record<string, string>;
      return { outcome: 'completed', response: { status: row.status, headers, body: row.body ?? Buffer.alloc(0) } };
    }
    const leaseLeftMs = Number(row.lease_left_ms);
    return leaseLeftMs > 0 ? { outcome: 'in-flight', retryAfterMs: leaseLeftMs } : undefined;
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
      return ((await pool.query(sql.complete, values)).rowCount ?? 0) > 0;
    },
    async release({ key, token }) {
      return ((await pool.query(sql.release, [now(), key, token])).rowCount ?? 0) > 0;
    },
    async purgeExpired() {
      return (await pool.query(sql.purge, [now()])).rowCount ?? 0;
    },
  };
}

/** Instances starting together race on CREATE ... IF NOT EXISTS; the loser's duplicate error is harmless. */
async function createTable(pool: Pool, statements: readonly string[]): Promise<void> {
  for (const statement of statements) {
    try {
      await pool.query(statement);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== '23505' && code !== '42P07') throw error;
    }
  }
}
