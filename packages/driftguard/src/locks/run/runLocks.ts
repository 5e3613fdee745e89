import type { Lock, LockFile } from '../model.js';
import type { LockResult, LocksReport, ShardSpec } from '../report/model.js';
import { buildLocksReport } from '../report/summarize.js';
import { locksOf, selectLocks } from '../shard.js';
import { DatabasePool } from './DatabasePool.js';
import type { Environment } from './RunScope.js';
import { runLock } from './runLock.js';

/** What to run and against what. Only `locks` is required. */
export interface RunLocksOptions {
  readonly locks: readonly (Lock | LockFile)[];
  /** The default target's base URL (`--target URL`): it wins over the locks' own `target:`. */
  readonly target?: string;
  /** Named targets' base URLs (`--target payments=URL`). */
  readonly targets?: Readonly<Record<string, string>>;
  /** The database `sql` steps query (`--db URL`): it wins over the locks' own `database:`. */
  readonly db?: string;
  /** Lock names or globs; default: every lock. */
  readonly only?: readonly string[];
  readonly shard?: ShardSpec;
  /** `locks approve`: record snapshots instead of comparing them. Default false. */
  readonly approve?: boolean;
  /** For `${env.NAME}`. Default: `process.env`. */
  readonly env?: Environment;
  /** Relative SQLite paths and the report's file names are relative to it. Default: `process.cwd()`. */
  readonly cwd?: string;
  /** Per request. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Default: the global fetch (undici). */
  readonly fetch?: typeof fetch;
  /** Milliseconds since the epoch, for signature timestamps. Default: `Date.now`. */
  readonly now?: () => number;
}

/**
 * Runs the selected locks one after another (each with fresh unique values; steps may still send
 * concurrent copies) and reports each one. Never throws for a lock's failure or error: those are
 * in the report; throws an InputError only for a bad selection (`only` that matches nothing).
 */
export async function runLocks(options: RunLocksOptions): Promise<LocksReport> {
  const selected = selectLocks(locksOf(options.locks), {
    ...(options.only ? { only: options.only } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
  });
  const cwd = options.cwd ?? process.cwd();
  const databases = new DatabasePool(cwd);
  const targets = new Map(Object.entries(options.targets ?? {}));
  if (options.target !== undefined) targets.set('default', options.target);
  const context = {
    targets,
    ...(options.db === undefined ? {} : { db: options.db }),
    databases,
    env: options.env ?? process.env,
    cwd,
    send: { fetch: options.fetch ?? globalThis.fetch, timeoutMs: options.requestTimeoutMs ?? 30_000 },
    now: options.now ?? Date.now,
    approve: options.approve ?? false,
  };
  const results: LockResult[] = [];
  try {
    for (const lock of selected) results.push(await runLock(lock, context));
  } finally {
    await databases.closeAll();
  }
  return buildLocksReport(results, options.shard);
}
