import type { HeaderSource } from './headers.js';

/** A response the adapter sends as it is: a replay or a problem. Header names are lower-case. */
export interface IdempotentResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** The handler's response as the adapter captured it. `body: null` means it could not be buffered (a stream). */
export interface HandlerResponse {
  readonly status: number;
  readonly headers: HeaderSource;
  readonly body: Uint8Array | string | null;
}

/**
 * How an execution ended: `stored` (replayable), `stored-without-body` (over the size limit: status
 * and headers kept so retries do not run it again), `released` (the status is not stored, or
 * abandoned: the next retry runs it), `lease-lost` (another claimant took over; nothing written),
 * `store-failed` (the store threw; reported to `onError`, the claim stays until its lease expires).
 */
export type CompletionOutcome = 'stored' | 'stored-without-body' | 'released' | 'lease-lost' | 'store-failed';

/** No key and none required: run the handler without the guardrail. */
export interface PassDecision {
  readonly kind: 'pass';
}

/** Answer with `response` without running the handler. */
export interface RespondDecision {
  readonly kind: 'respond';
  readonly reason: 'replay' | 'key-missing' | 'key-malformed' | 'key-conflict' | 'payload-mismatch';
  readonly response: IdempotentResponse;
}

/**
 * Run the handler, then call `complete` with its response (or `abandon` when it produced none).
 * Only the first of the two calls counts; later calls resolve to its outcome. Neither rejects.
 */
export interface ExecuteDecision {
  readonly kind: 'execute';
  /** True when this claim took over an expired lease: the operation may have half-run before. */
  readonly takenOver: boolean;
  complete(response: HandlerResponse): Promise<CompletionOutcome>;
  abandon(): Promise<CompletionOutcome>;
}

/** What `begin` decided for a request. */
export type IdempotencyDecision = PassDecision | RespondDecision | ExecuteDecision;
