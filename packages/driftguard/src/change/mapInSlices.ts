import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Items handled per turn of the event loop. Synchronous reads of small files run several times
 * faster than `fs.promises` (no thread-pool round trips); yielding between slices keeps the loop live.
 */
const SLICE = 128;

/** Maps `items` with a synchronous function, in order, yielding to the event loop every few items. */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await nextTurn();
    for (const item of items.slice(start, start + SLICE)) results.push(map(item));
  }
  return results;
}
