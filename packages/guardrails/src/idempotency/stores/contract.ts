/**
 * The contract every idempotency store passes (test-only; excluded from the build):
 * `runStoreContract(name, factory)` holds memory, SQLite, PostgreSQL and Redis to the same semantics.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIdempotency } from '../index.js';
import type { ClaimRequest, Clock, IdempotencyStore, StoredResponse } from './index.js';

/** A store under test, with a way to let time pass for it. */
export interface StoreHarness {
  readonly store: IdempotencyStore;
  /** Lets `ms` pass for the store: advances its injected clock, or waits when it keeps real time. */
  elapse(ms: number): Promise<void>;
  /** How many records the store holds, live or awaiting purge. */
  recordCount(): Promise<number>;
  /** Drops what the harness created (tables, keys, connections). */
  close(): Promise<void>;
}

/** Makes a fresh, empty store for one test. */
export type StoreFactory = () => Promise<StoreHarness>;

/** A clock that moves only when told to. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
}

/** A manual clock starting at 2025-01-01T00:00:00Z. */
export function manualClock(start = Date.UTC(2025, 0, 1)): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Short enough to wait out on a real clock, long enough that a loaded machine does not blur it. */
const SHORT_MS = 150;
const WAIT_OUT_SHORT_MS = 500;
const LONG_MS = 60_000;

const response: StoredResponse = {
  status: 201,
  headers: { 'content-type': 'application/json', location: '/orders/1' },
  body: Uint8Array.from([0x7b, 0x7d, 0x00, 0xff, 0xfe]),
};

let tokens = 0;
function claimOf(key: string, overrides: Partial<ClaimRequest> = {}): ClaimRequest {
  return { key, fingerprint: 'fp-a', token: `token-${++tokens}`, leaseMs: LONG_MS, retentionMs: LONG_MS, ...overrides };
}

/** Registers the store contract as a `describe` block named for the store. */
export function runStoreContract(name: string, factory: StoreFactory): void {
  describe(`idempotency store contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: IdempotencyStore;
    beforeEach(async () => {
      harness = await factory();
      store = harness.store;
    });
    afterEach(async () => harness.close());

    it('claims a fresh key once, then reports it in flight with what remains of the lease', async () => {
      expect(await store.claim(claimOf('k'))).toEqual({ outcome: 'claimed', takenOver: false });
      const second = await store.claim(claimOf('k'));
      expect(second.outcome).toBe('in-flight');
      if (second.outcome !== 'in-flight') return;
      expect(second.retryAfterMs).toBeGreaterThan(0);
      expect(second.retryAfterMs).toBeLessThanOrEqual(LONG_MS);
    });

    it('lets exactly one of 50 concurrent claims on one key win', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => store.claim(claimOf('race'))));
      expect(results.filter((result) => result.outcome === 'claimed')).toHaveLength(1);
      expect(results.filter((result) => result.outcome === 'in-flight')).toHaveLength(49);
    });

    it('replays a completed response byte for byte', async () => {
      const claim = claimOf('k');
      await store.claim(claim);
      expect(await store.complete({ key: 'k', token: claim.token, response, retentionMs: LONG_MS })).toBe(true);
      const replay = await store.claim(claimOf('k'));
      expect(replay.outcome).toBe('completed');
      if (replay.outcome !== 'completed') return;
      expect(replay.response.status).toBe(201);
      expect(replay.response.headers).toEqual(response.headers);
      expect(Buffer.from(replay.response.body).equals(Buffer.from(response.body))).toBe(true);
    });

    it('holds a 1 MiB body', async () => {
      const claim = claimOf('big');
      await store.claim(claim);
      const body = Buffer.alloc(1024 * 1024, 'x');
      await store.complete({ key: 'big', token: claim.token, response: { ...response, body }, retentionMs: LONG_MS });
      const replay = await store.claim(claimOf('big'));
      expect(replay.outcome === 'completed' && Buffer.from(replay.response.body).equals(body)).toBe(true);
    });

    it('answers a different fingerprint with a mismatch, in flight or completed', async () => {
      const claim = claimOf('k');
      await store.claim(claim);
      expect(await store.claim(claimOf('k', { fingerprint: 'fp-b' }))).toEqual({ outcome: 'mismatch' });
      await store.complete({ key: 'k', token: claim.token, response, retentionMs: LONG_MS });
      expect(await store.claim(claimOf('k', { fingerprint: 'fp-b' }))).toEqual({ outcome: 'mismatch' });
    });

    it('lets exactly one of many concurrent claims take over an expired lease, and says so', async () => {
      await store.claim(claimOf('k', { leaseMs: SHORT_MS }));
      await harness.elapse(WAIT_OUT_SHORT_MS);
      const results = await Promise.all(Array.from({ length: 20 }, () => store.claim(claimOf('k'))));
      expect(results.filter((result) => result.outcome === 'claimed')).toEqual([
        { outcome: 'claimed', takenOver: true },
      ]);
      expect(results.filter((result) => result.outcome === 'in-flight')).toHaveLength(19);
    });

    it('does not let a different request take over an expired lease', async () => {
      await store.claim(claimOf('k', { leaseMs: SHORT_MS }));
      await harness.elapse(WAIT_OUT_SHORT_MS);
      expect(await store.claim(claimOf('k', { fingerprint: 'fp-b' }))).toEqual({ outcome: 'mismatch' });
    });

    it('refuses completion and release by a claimant whose lease was taken over', async () => {
      const stale = claimOf('k', { leaseMs: SHORT_MS });
      await store.claim(stale);
      await harness.elapse(WAIT_OUT_SHORT_MS);
      const fresh = claimOf('k');
      expect(await store.claim(fresh)).toEqual({ outcome: 'claimed', takenOver: true });
      expect(await store.complete({ key: 'k', token: stale.token, response, retentionMs: LONG_MS })).toBe(false);
      expect(await store.release({ key: 'k', token: stale.token })).toBe(false);
      expect((await store.claim(claimOf('k'))).outcome).toBe('in-flight');
      const own = { ...response, status: 200 };
      expect(await store.complete({ key: 'k', token: fresh.token, response: own, retentionMs: LONG_MS })).toBe(true);
      const replay = await store.claim(claimOf('k'));
      expect(replay.outcome === 'completed' && replay.response.status).toBe(200);
    });

    it('lets a released key be claimed afresh, and releases or completes a claim only once', async () => {
      const claim = claimOf('k');
      await store.claim(claim);
      expect(await store.release({ key: 'k', token: claim.token })).toBe(true);
      expect(await store.release({ key: 'k', token: claim.token })).toBe(false);
      expect(await store.complete({ key: 'k', token: claim.token, response, retentionMs: LONG_MS })).toBe(false);
      const next = claimOf('k', { fingerprint: 'fp-b' });
      expect(await store.claim(next)).toEqual({ outcome: 'claimed', takenOver: false });
      expect(await store.complete({ key: 'k', token: next.token, response, retentionMs: LONG_MS })).toBe(true);
      expect(await store.complete({ key: 'k', token: next.token, response, retentionMs: LONG_MS })).toBe(false);
      expect(await store.release({ key: 'k', token: next.token })).toBe(false);
    });

    it('forgets a stored response after its retention and purges it, keeping live records', async () => {
      const claim = claimOf('old');
      await store.claim(claim);
      await store.complete({ key: 'old', token: claim.token, response, retentionMs: SHORT_MS });
      await store.claim(claimOf('live'));
      await harness.elapse(WAIT_OUT_SHORT_MS);
      await store.purgeExpired();
      expect(await harness.recordCount()).toBe(1);
      expect(await store.claim(claimOf('old', { fingerprint: 'fp-b' }))).toEqual({
        outcome: 'claimed',
        takenOver: false,
      });
    });

    it('never replays one principal’s response to another sending the same key', async () => {
      const engine = createIdempotency({ store });
      const request = (principal: string, body: unknown) => ({
        method: 'POST',
        route: '/orders',
        headers: { 'idempotency-key': 'shared' },
        body,
        principal,
      });
      for (const tenant of ['tenant-a', 'tenant-b']) {
        const decision = await engine.begin(request(tenant, { sku: 'x' }));
        expect(decision.kind).toBe('execute');
        if (decision.kind === 'execute') await decision.complete({ status: 201, headers: {}, body: tenant });
      }
      for (const tenant of ['tenant-a', 'tenant-b']) {
        const replay = await engine.begin(request(tenant, { sku: 'x' }));
        expect(replay.kind === 'respond' && Buffer.from(replay.response.body).toString()).toBe(tenant);
      }
    });

    it('stores status and location but not a body over the size limit, so a retry does not run again', async () => {
      const engine = createIdempotency({ store, maxResponseBytes: 16, allowAnonymous: true });
      const request = {
        method: 'POST',
        route: '/exports',
        headers: { 'idempotency-key': 'e1' },
        body: {},
        principal: undefined,
      };
      const first = await engine.begin(request);
      if (first.kind !== 'execute') throw new Error(`expected an execution, got ${first.kind}`);
      const headers = { 'content-type': 'application/json', location: '/exports/1' };
      expect(await first.complete({ status: 201, headers, body: 'x'.repeat(17) })).toBe('stored-without-body');
      const replay = await engine.begin(request);
      expect(replay.kind).toBe('respond');
      if (replay.kind !== 'respond') return;
      expect(replay.response.status).toBe(201);
      expect(replay.response.headers).toEqual({ location: '/exports/1', 'idempotent-replayed': 'true' });
      expect(replay.response.body.byteLength).toBe(0);
    });
  });
}
