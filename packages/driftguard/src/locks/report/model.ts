/** Which part of the locks a run took: shard `index` (1-based) of `count`. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/**
 * The result of a locks run, or of several merged: one entry per lock, sorted by name. The JSON
 * form (`driftguard locks run --json`) is this object; `version` changes when its meaning does.
 */
export interface LocksReport {
  readonly version: 1;
  /** Set when the run took one shard. */
  readonly shard?: ShardSpec;
  /** Set on a merged report: the shards it combines, in order. */
  readonly shards?: readonly ShardSpec[];
  readonly summary: LocksSummary;
  readonly locks: readonly LockResult[];
}

/** Counts by status. */
export interface LocksSummary {
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errored: number;
}

/** `pass`: every step held; `fail`: an expectation did not (exit 1); `error`: the lock could not be evaluated (exit 2). */
export type LockStatus = 'pass' | 'fail' | 'error';

/** One lock's outcome. */
export interface LockResult {
  readonly name: string;
  /** The lock file, relative to the directory the run started in. */
  readonly file: string;
  readonly line?: number;
  readonly flows: readonly string[];
  readonly status: LockStatus;
  /** Steps that ran (after invariants were expanded). */
  readonly steps: number;
  readonly durationMs: number;
  /** The first failing step (or the error), with expected beside actual and the request that did it. */
  readonly failure?: LockFailure;
  readonly snapshots: readonly SnapshotResult[];
}

/** Where and how a lock failed. */
export interface LockFailure {
  readonly step: string;
  /** 1-based among the lock's expanded steps. */
  readonly stepNumber: number;
  /** `file:line:col` of the step (or of the invariant line that produced it). */
  readonly at: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly request?: FailedRequest;
}

/** The request behind a failure, as a report shows it (no headers: they carry keys and signatures). */
export interface FailedRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
}

/**
 * A golden output met by the run: `same` as approved, `changed`, `missing` (never approved), or
 * `written` (by `locks approve`). `changed` and `missing` fail the lock.
 */
export interface SnapshotResult {
  readonly name: string;
  readonly file: string;
  readonly status: 'same' | 'changed' | 'missing' | 'written';
  readonly expected?: unknown;
  readonly actual?: unknown;
}
