/** Bounds of the wait between capture attempts. */
export interface BackoffOptions {
  /** The cap of the first wait, doubled for each further attempt. */
  readonly baseMs: number;
  /** No wait is longer than this. */
  readonly maxMs: number;
}

/**
 * "Full jitter" backoff: the wait before retry number `retry` (1 for the first retry) is uniform in
 * [0, min(maxMs, baseMs * 2^(retry-1))), so clients that failed together do not retry together.
 * `random` returns [0, 1) like Math.random; pass a fixed one in tests.
 */
export function backoffDelay(retry: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
