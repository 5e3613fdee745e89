import picomatch from 'picomatch';
import { InputError } from '../errors/index.js';
import type { Lock, LockFile } from './model.js';
import type { ShardSpec } from './report/model.js';

/** Reads `i/n` (1 ≤ i ≤ n ≤ 1000); anything else is an InputError naming what was expected. */
export function parseShard(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || count > 1000 || index < 1 || index > count) {
    throw new InputError('locks/bad-shard', `--shard: expected i/n with 1 ≤ i ≤ n (such as 2/4), got "${text}"`);
  }
  return { index, count };
}

/** Every lock of the files, in name order. */
export function locksOf(locks: readonly (Lock | LockFile)[]): Lock[] {
  return locks.flatMap((item) => ('locks' in item ? item.locks : [item])).sort(byName);
}

/**
 * The locks a run takes: those whose name matches one of `only` (exact names or globs; a pattern
 * that matches nothing is an InputError listing the names), then shard `index` of `count`: the
 * locks in name order, dealt round-robin, so every shard list is the same on every machine.
 */
export function selectLocks(locks: readonly Lock[], options: { only?: readonly string[]; shard?: ShardSpec }): Lock[] {
  let selected = [...locks].sort(byName);
  if (options.only !== undefined && options.only.length > 0) {
    const matchers = options.only.map((pattern) => ({ pattern, test: picomatch(pattern, { nocase: true }) }));
    for (const { pattern, test } of matchers) {
      if (!selected.some((lock) => lock.name === pattern || test(lock.name))) {
        const names = selected.map((lock) => `"${lock.name}"`).join(', ');
        throw new InputError(
          'locks/unknown-lock',
          `--only ${pattern}: no lock has that name (locks: ${names || 'none'})`,
        );
      }
    }
    selected = selected.filter((lock) =>
      matchers.some(({ pattern, test }) => lock.name === pattern || test(lock.name)),
    );
  }
  const { shard } = options;
  if (shard === undefined) return selected;
  return selected.filter((_, position) => position % shard.count === shard.index - 1);
}

function byName(a: Lock, b: Lock): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
