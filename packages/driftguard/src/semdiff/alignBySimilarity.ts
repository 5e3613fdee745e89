/** Pairs below this similarity are left unpaired: a guess that weak would only misname a difference. */
const THRESHOLD = 0.5;
const MAX_CELLS = 10_000;

/**
 * Pairs two ordered lists, keeping their order, so that the pairs' summed similarity is highest (pairs
 * under the threshold are never made). Answers index pairs; lists too long to align get none.
 */
export function alignBySimilarity<T>(
  before: readonly T[],
  after: readonly T[],
  similarity: (b: T, a: T) => number,
): [number, number][] {
  const n = before.length;
  const m = after.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return [];
  const score = (i: number, j: number) => {
    const s = similarity(before[i] as T, after[j] as T);
    return s >= THRESHOLD ? s : -1;
  };
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const cell = (i: number, j: number) => best[i]?.[j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = best[i] as number[];
    for (let j = m - 1; j >= 0; j--)
      row[j] = Math.max(cell(i + 1, j + 1) + score(i, j), cell(i + 1, j), cell(i, j + 1));
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const s = score(i, j);
    if (s > 0 && cell(i, j) === cell(i + 1, j + 1) + s) pairs.push([i++, j++]);
    else if (cell(i, j) === cell(i + 1, j)) i++;
    else j++;
  }
  return pairs;
}
