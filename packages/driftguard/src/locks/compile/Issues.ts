import type { LockIssue } from '../LockFileError.js';
import type { Position } from '../source/SourceNode.js';

/** Collects every problem of a lock file, so one load reports them all (the message shows the first). */
export class Issues {
  readonly list: LockIssue[] = [];

  add(pos: Position, message: string): undefined {
    this.list.push({ pos, message });
    return undefined;
  }
}

/** ` (did you mean "x"?)` when one option is within two edits of `word`, else empty. */
export function didYouMean(word: string, options: readonly string[]): string {
  const close = options
    .map((option) => ({ option, distance: editDistance(word.toLowerCase(), option.toLowerCase()) }))
    .filter(({ distance }) => distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  return close === undefined ? '' : ` (did you mean "${close.option}"?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
