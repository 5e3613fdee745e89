import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPurgeSweep } from './purgeSweep.js';
import type { IdempotencyStore } from './stores/index.js';

function countingStore(purge: () => Promise<number>): IdempotencyStore {
  return {
    claim: () => Promise.reject(new Error('unused')),
    complete: () => Promise.reject(new Error('unused')),
    release: () => Promise.reject(new Error('unused')),
    purgeExpired: purge,
  };
}

describe('startPurgeSweep', () => {
  afterEach(() => vi.useRealTimers());

  it('purges on every tick until stopped, and reports failures without stopping', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const errors: unknown[] = [];
    const store = countingStore(async () => {
      calls++;
      if (calls === 2) throw new Error('database away');
      return 0;
    });
    const sweep = startPurgeSweep(store, { everyMs: 1000, onError: (error) => errors.push(error) });
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls).toBe(3);
    expect(errors).toEqual([new Error('database away')]);
    sweep.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toBe(3);
  });
});
