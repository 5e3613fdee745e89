/** Lines added and removed between two versions of a text. */
export interface LineChanges {
  readonly additions: number;
  readonly deletions: number;
}

/**
 * Past this many steps of the exact diff, counts fall back to a multiset estimate, so two large,
 * wholly different files cost linear time. The estimate is exact unless lines moved.
 */
const EXACT_DIFF_BUDGET = 20_000_000;

/**
 * Counts added and removed lines as a minimal line diff would (git numstat's numbers in practice): a
 * line includes its newline, so a missing final newline changes the last line. Myers' O((N+M)D).
 */
export function countLineChanges(before: string, after: string): LineChanges {
  const { a, b } = internLines(splitLines(before), splitLines(after));
  // a line missing from the other side is always an edit, so dropping such lines keeps the common count
  const sharedA = keepShared(a, b);
  const sharedB = keepShared(b, a);
  const distance = editDistance(sharedA, sharedB, EXACT_DIFF_BUDGET) ?? multisetDistance(sharedA, sharedB);
  const common = (sharedA.length + sharedB.length - distance) / 2;
  return { additions: b.length - common, deletions: a.length - common };
}

/** The number of lines in a text, counting a final line without a newline. */
export function countLines(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return text.length > 0 && !text.endsWith('\n') ? lines + 1 : lines;
}

function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
    lines.push(text.slice(start, end + 1));
    start = end + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Drops the common prefix and suffix and turns the remaining lines into small integers. */
function internLines(before: string[], after: string[]): { a: Int32Array; b: Int32Array } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const ids = new Map<string, number>();
  const intern = (lines: string[]): Int32Array =>
    Int32Array.from(lines.slice(prefix, lines.length - suffix), (line) => {
      const known = ids.get(line);
      if (known !== undefined) return known;
      ids.set(line, ids.size);
      return ids.size - 1;
    });
  return { a: intern(before), b: intern(after) };
}

/** The lines of `lines` that also occur in `other`, in order. */
function keepShared(lines: Int32Array, other: Int32Array): Int32Array {
  const present = new Set(other);
  return lines.filter((line) => present.has(line));
}

/** Myers' forward search for the length of the shortest edit script; undefined past the budget. */
function editDistance(a: Int32Array, b: Int32Array, budget: number): number | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return n + m;
  const offset = n + m + 1;
  const furthest = new Int32Array(2 * offset + 1);
  let work = 0;
  for (let d = 0; d <= n + m; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[offset + k - 1]! < furthest[offset + k + 1]!);
      let x = down ? furthest[offset + k + 1]! : furthest[offset + k - 1]! + 1;
      let y = x - k;
      const start = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      work += 1 + x - start;
      furthest[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
    if (work > budget) return undefined;
  }
  return n + m;
}

/** Edit distance if no line moved: lines not matched by count on the other side. */
function multisetDistance(a: Int32Array, b: Int32Array): number {
  const balance = new Map<number, number>();
  for (const line of a) balance.set(line, (balance.get(line) ?? 0) + 1);
  for (const line of b) balance.set(line, (balance.get(line) ?? 0) - 1);
  let distance = 0;
  for (const count of balance.values()) distance += Math.abs(count);
  return distance;
}
