/**
 * Behavior locks: declarative scenarios and invariants (YAML or TypeScript) held against a running
 * service and its database, with golden snapshots; the runner, its report, shards and their merge.
 */
export { compileLock, type LockSource } from './compile/compileLock.js';
export {
  type CheckSpec,
  compileLockSpec,
  defineLock,
  type JsonSpec,
  type LockSpec,
  type RequestRef,
  type RequestSpecInput,
  type SideEffectSpec,
  type StatusSpec,
  type StepSpec,
} from './defineLock.js';
export { LockFileError, type LockIssue } from './LockFileError.js';
export { LOCK_FILE, type LoadLocksOptions, loadLockFile, loadLocks } from './loadLocks.js';
export type * from './model.js';
export { mergeLockReports } from './report/mergeLockReports.js';
export type {
  FailedRequest,
  LockFailure,
  LockResult,
  LockStatus,
  LocksReport,
  LocksSummary,
  ShardSpec,
  SnapshotResult,
} from './report/model.js';
export { parseLocksReport } from './report/parseLocksReport.js';
export { renderLocksText } from './report/renderLocksText.js';
export { buildLocksReport, type ChangedSnapshot, changedSnapshots, locksExitCode } from './report/summarize.js';
export { LockRunError } from './run/LockRunError.js';
export { type RunLocksOptions, runLocks } from './run/runLocks.js';
export { parseShard, selectLocks } from './shard.js';
export { formatPosition as formatLockPosition, type Position as LockPosition } from './source/SourceNode.js';
