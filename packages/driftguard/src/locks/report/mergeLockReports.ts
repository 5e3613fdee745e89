import { InputError } from '../../errors/index.js';
import type { LockResult, LocksReport, ShardSpec } from './model.js';
import { buildLocksReport } from './summarize.js';

/**
 * One report from several (the shards of one run, from parallel CI jobs). A lock reported twice is
 * an InputError (two runs, not two shards); so are shards of different counts, a shard given twice,
 * or a missing shard, since a merged report must not quietly claim locks it never ran.
 */
export function mergeLockReports(reports: readonly LocksReport[]): LocksReport {
  const shards = reports.map((report) => report.shard).filter((shard): shard is ShardSpec => shard !== undefined);
  checkShards(shards, reports.length);
  const seen = new Map<string, number>();
  const locks: LockResult[] = [];
  reports.forEach((report, index) => {
    for (const lock of report.locks) {
      const first = seen.get(lock.name);
      if (first !== undefined) {
        throw new InputError(
          'locks/merge-overlap',
          `lock "${lock.name}" is in report ${first + 1} and report ${index + 1}; merge the shards of one run`,
        );
      }
      seen.set(lock.name, index);
      locks.push(lock);
    }
  });
  const merged = buildLocksReport(locks);
  if (shards.length === 0) return merged;
  return { ...merged, shards: [...shards].sort((a, b) => a.index - b.index) };
}

function checkShards(shards: readonly ShardSpec[], reports: number): void {
  if (shards.length === 0) return;
  if (shards.length !== reports) {
    throw new InputError('locks/merge-shards', 'some reports are shards and some are not; merge the shards of one run');
  }
  const counts = new Set(shards.map((shard) => shard.count));
  const [count] = counts;
  if (counts.size > 1 || count === undefined) {
    throw new InputError(
      'locks/merge-shards',
      `the reports are shards of different splits (${[...counts].map((n) => `/${n}`).join(', ')})`,
    );
  }
  const indexes = shards.map((shard) => shard.index);
  const twice = indexes.find((index, position) => indexes.indexOf(index) !== position);
  if (twice !== undefined) throw new InputError('locks/merge-shards', `shard ${twice}/${count} is given twice`);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !indexes.includes(index));
  if (missing.length > 0) {
    throw new InputError(
      'locks/merge-shards',
      `shard ${missing.map((index) => `${index}/${count}`).join(', ')} is missing`,
    );
  }
}
