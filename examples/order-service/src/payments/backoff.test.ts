import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

const OPTIONS = { baseMs: 100, maxMs: 1000 };

describe('backoffDelay', () => {
  it('doubles the ceiling with each retry, up to the cap', () => {
    const ceiling = (retry: number) => backoffDelay(retry, OPTIONS, () => 0.999999);
    expect([1, 2, 3, 4, 5, 6].map(ceiling)).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it('spreads waits across the whole window, down to zero', () => {
    expect(backoffDelay(3, OPTIONS, () => 0)).toBe(0);
    expect(backoffDelay(3, OPTIONS, () => 0.5)).toBe(200);
  });
});
