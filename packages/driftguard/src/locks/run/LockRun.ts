import type { Lock } from '../model.js';
import type { SnapshotResult } from '../report/model.js';
import type { LockDatabase } from './databases/LockDatabase.js';
import type { RunScope } from './RunScope.js';
import type { SendOptions } from './sendRequest.js';

/** What a step needs while one lock runs: its scope, where targets and the database are, and the snapshots met. */
export interface LockRun {
  readonly lock: Lock;
  readonly scope: RunScope;
  /** The base URL of a target; throws a LockRunError when none is given. */
  baseUrl(target: string): string;
  /** The database for `sql` steps, opened on first use; throws a LockRunError when none is given. */
  database(): Promise<LockDatabase>;
  readonly send: SendOptions;
  readonly now: () => number;
  /** `locks approve`: record snapshots instead of comparing them. */
  readonly approve: boolean;
  /** The directory file names in the report are relative to. */
  readonly cwd: string;
  readonly snapshots: SnapshotResult[];
}
