import type { ClaimRequest, ClaimResult, CompleteRequest, ReleaseRequest, StoredResponse } from './IdempotencyStore.js';

/** One key's record, as stores that decide in JavaScript (memory, SQLite) keep it. Times are epoch ms. */
export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly token: string;
  readonly leaseExpiresAt: number;
  /** After this the record is treated as absent and may be purged. */
  readonly expiresAt: number;
  /** Present once the owning execution completed. */
  readonly response: StoredResponse | undefined;
}

/** The result of a claim and, when the caller now owns the key, the record to write in the same transaction. */
export interface ClaimJudgement {
  readonly result: ClaimResult;
  readonly write?: IdempotencyRecord;
}

/**
 * The claim rules every store follows (PostgreSQL and Redis restate them in SQL and Lua): a live
 * record with another fingerprint is a mismatch; a completed one replays; a live lease is in flight;
 * an expired lease with the same fingerprint is taken over; no live record is a fresh claim.
 */
export function judgeClaim(record: IdempotencyRecord | undefined, request: ClaimRequest, now: number): ClaimJudgement {
  const live = record !== undefined && record.expiresAt > now ? record : undefined;
  if (live !== undefined) {
    if (live.fingerprint !== request.fingerprint) return { result: { outcome: 'mismatch' } };
    if (live.response !== undefined) return { result: { outcome: 'completed', response: live.response } };
    if (live.leaseExpiresAt > now) return { result: { outcome: 'in-flight', retryAfterMs: live.leaseExpiresAt - now } };
  }
  const leaseExpiresAt = now + request.leaseMs;
  return {
    result: { outcome: 'claimed', takenOver: live !== undefined },
    write: {
      fingerprint: request.fingerprint,
      token: request.token,
      leaseExpiresAt,
      expiresAt: leaseExpiresAt + request.retentionMs,
      response: undefined,
    },
  };
}

/** True while `token` owns a live, in-flight claim in `record`: the only state complete and release may change. */
export function ownsClaim(record: IdempotencyRecord | undefined, token: string, now: number): boolean {
  return record !== undefined && record.expiresAt > now && record.response === undefined && record.token === token;
}

/** The completed record to write, or undefined when the claim was lost (nothing may be written). */
export function judgeCompletion(
  record: IdempotencyRecord | undefined,
  request: CompleteRequest,
  now: number,
): IdempotencyRecord | undefined {
  if (record === undefined || !ownsClaim(record, request.token, now)) return undefined;
  return { ...record, response: request.response, expiresAt: now + request.retentionMs };
}

/** True when the release may delete the record. */
export function judgeRelease(record: IdempotencyRecord | undefined, request: ReleaseRequest, now: number): boolean {
  return ownsClaim(record, request.token, now);
}
