import type { LockResult, LocksReport, LocksSummary, ShardSpec } from './model.js';

/** Counts results by status. */
export function summarize(locks: readonly LockResult[]): LocksSummary {
  return {
    total: locks.length,
    passed: locks.filter((lock) => lock.status === 'pass').length,
    failed: locks.filter((lock) => lock.status === 'fail').length,
    errored: locks.filter((lock) => lock.status === 'error').length,
  };
}

/** A report over results, sorted by name so merged and single runs read the same. */
export function buildLocksReport(locks: readonly LockResult[], shard?: ShardSpec): LocksReport {
  const sorted = [...locks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { version: 1, ...(shard ? { shard } : {}), summary: summarize(sorted), locks: sorted };
}

/** The exit code a report calls for: 2 when a lock could not be evaluated, 1 when one failed, else 0. */
export function locksExitCode(report: LocksReport): 0 | 1 | 2 {
  if (report.summary.errored > 0) return 2;
  return report.summary.failed > 0 ? 1 : 0;
}

/** A snapshot a run found changed, with the lock it belongs to: what the gate holds against a PR's intent. */
export interface ChangedSnapshot {
  readonly lock: string;
  readonly snapshot: string;
  readonly file: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Every snapshot the run found changed (not missing, not written), in lock order. */
export function changedSnapshots(report: LocksReport): ChangedSnapshot[] {
  return report.locks.flatMap((lock) =>
    lock.snapshots
      .filter((snapshot) => snapshot.status === 'changed')
      .map((snapshot) => ({
        lock: lock.name,
        snapshot: snapshot.name,
        file: snapshot.file,
        expected: snapshot.expected,
        actual: snapshot.actual,
      })),
  );
}
