/** A response as a store keeps it: the status, the replay headers (lower-case names) and the body bytes. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** Ask to own `key` for one execution. `key` is already scoped to a principal; `token` names this claimant. */
export interface ClaimRequest {
  readonly key: string;
  readonly fingerprint: string;
  readonly token: string;
  /** How long the claim holds the key before another claim may take it over. */
  readonly leaseMs: number;
  /** How long the record outlives its lease, so a retry still meets the key's first payload. */
  readonly retentionMs: number;
}

/**
 * What a claim found, decided atomically:
 * - `claimed`: the caller owns the key and must run the operation; `takenOver` says it took over an
 *   expired lease (the previous owner crashed or stalled), so the operation may have half-run.
 * - `in-flight`: another claimant holds a live lease; `retryAfterMs` is what remains of it (> 0).
 * - `completed`: the operation ran and this is its stored response.
 * - `mismatch`: the key is held or completed for a different fingerprint.
 */
export type ClaimResult =
  | { readonly outcome: 'claimed'; readonly takenOver: boolean }
  | { readonly outcome: 'in-flight'; readonly retryAfterMs: number }
  | { readonly outcome: 'completed'; readonly response: StoredResponse }
  | { readonly outcome: 'mismatch' };

/** Store the response of the execution that owns `key` under `token`; kept `retentionMs` from now. */
export interface CompleteRequest {
  readonly key: string;
  readonly token: string;
  readonly response: StoredResponse;
  readonly retentionMs: number;
}

/** Give up the claim `token` holds on `key`, so the next request with the key runs the operation. */
export interface ReleaseRequest {
  readonly key: string;
  readonly token: string;
}

/**
 * Where idempotency records live. Every operation is atomic across every process sharing the store:
 * of any number of concurrent claims on a key exactly one wins, and `complete`/`release` change the
 * record only while `token` still owns its in-flight claim (a lost lease answers `false` and writes
 * nothing). A record past its retention is treated as absent. Time is the store's own (its clock, or
 * the database server's), never the caller's.
 */
export interface IdempotencyStore {
  claim(request: ClaimRequest): Promise<ClaimResult>;
  /** True if the response was stored; false if `token` no longer owns an in-flight claim on the key. */
  complete(request: CompleteRequest): Promise<boolean>;
  /** True if the claim was released; false if `token` no longer owns an in-flight claim on the key. */
  release(request: ReleaseRequest): Promise<boolean>;
  /** Delete records past their retention; resolves to how many went (0 where the server expires them itself). */
  purgeExpired(): Promise<number>;
}
