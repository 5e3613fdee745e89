/**
 * The engine's `onError` for the benchmark: a store that fails after a handler ran (the bench closing
 * its pools while autocannon's last requests are still in flight) is counted, not logged per request.
 * Each variant prints one line when any happened.
 */
export const storeErrors = { count: 0, first: '' };

/** @param {unknown} error */
export function noteStoreError(error) {
  storeErrors.count += 1;
  if (storeErrors.first === '') storeErrors.first = error instanceof Error ? error.message : String(error);
}

/** The line to print for a variant, and a reset for the next one; undefined when nothing failed. */
export function takeStoreErrors() {
  const { count, first } = storeErrors;
  storeErrors.count = 0;
  storeErrors.first = '';
  return count === 0 ? undefined : `${count} store error(s) after the response was sent (first: ${first})`;
}
