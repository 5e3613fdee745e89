/** Decides from the handler's status whether its response is stored for replay (true) or the claim released. */
export type ShouldStore = (status: number) => boolean;

/**
 * 4xx statuses that tell the client to try the same request again (authentication, authorization,
 * timeout, a conflicting write, too early, too many requests): storing them would make every retry
 * with the key fail the same way, so they release the claim like a 5xx.
 */
export const RETRYABLE_CLIENT_STATUSES: ReadonlySet<number> = new Set([401, 403, 408, 409, 425, 429]);

/**
 * The default policy: store every response below 500 that reflects a decision (2xx, 3xx and 4xx,
 * validation failures included) and release on 5xx and on the retryable 4xx above, so the retry runs
 * the operation again. See docs/idempotency.md for why 5xx is not stored.
 */
export const storeDecisions: ShouldStore = (status) => status < 500 && !RETRYABLE_CLIENT_STATUSES.has(status);
