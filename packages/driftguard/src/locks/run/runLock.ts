import { relative } from 'node:path';
import type { Lock, Step } from '../model.js';
import type { LockFailure, LockResult, SnapshotResult } from '../report/model.js';
import { formatPosition } from '../source/SourceNode.js';
import { renderJson, renderText } from '../template.js';
import type { DatabasePool } from './DatabasePool.js';
import type { LockRun } from './LockRun.js';
import { LockRunError } from './LockRunError.js';
import { runQueryStep } from './queryStep.js';
import { type Environment, RunScope } from './RunScope.js';
import { runRequestStep } from './requestStep.js';
import { StepFailure } from './StepFailure.js';
import type { SendOptions } from './sendRequest.js';

/** What running one lock needs from the runner. */
export interface RunLockContext {
  /** Base URLs given to the runner (`--target`), by target name; they win over the lock's own. */
  readonly targets: ReadonlyMap<string, string>;
  /** The database given to the runner (`--db`); it wins over the lock's `database:`. */
  readonly db?: string;
  readonly databases: DatabasePool;
  readonly env: Environment;
  readonly cwd: string;
  readonly send: SendOptions;
  readonly now: () => number;
  readonly approve: boolean;
}

/**
 * Runs one lock's steps in order with fresh unique values. The first failing step ends the run
 * (steps marked `always` still run, for cleanup) and becomes the result's failure.
 */
export async function runLock(lock: Lock, context: RunLockContext): Promise<LockResult> {
  const started = performance.now();
  const scope = new RunScope(context.env);
  const snapshots: SnapshotResult[] = [];
  const run = lockRun(lock, scope, snapshots, context);
  let failure: LockFailure | undefined;
  let status: LockResult['status'] = 'pass';
  let stepsRun = 0;
  try {
    for (const variable of lock.vars) scope.set(variable.name, renderJson(variable.value, scope.lookup()));
  } catch (error) {
    failure = errorFailure(error, { name: 'vars', position: lock.vars[0]?.position ?? lock.position }, 0);
    status = 'error';
  }
  for (const [index, step] of lock.steps.entries()) {
    if (failure !== undefined && !step.always) continue;
    stepsRun += 1;
    try {
      await (step.kind === 'request' ? runRequestStep(step, run) : runQueryStep(step, run));
    } catch (error) {
      if (failure !== undefined) continue;
      if (error instanceof StepFailure) {
        failure = stepFailure(error, step, index);
        status = 'fail';
      } else {
        failure = errorFailure(error, step, index);
        status = 'error';
      }
    }
  }
  return {
    name: lock.name,
    file: relative(context.cwd, lock.file) || lock.file,
    ...(lock.position.line === undefined ? {} : { line: lock.position.line }),
    flows: lock.flows,
    status,
    steps: stepsRun,
    durationMs: Math.round(performance.now() - started),
    ...(failure === undefined ? {} : { failure }),
    snapshots,
  };
}

function lockRun(lock: Lock, scope: RunScope, snapshots: SnapshotResult[], context: RunLockContext): LockRun {
  return {
    lock,
    scope,
    snapshots,
    send: context.send,
    now: context.now,
    approve: context.approve,
    cwd: context.cwd,
    baseUrl(target) {
      const given = context.targets.get(target);
      if (given !== undefined) return given;
      const declared = lock.targets.get(target);
      if (declared !== undefined) return renderText(declared, scope.lookup());
      const flag = target === 'default' ? '--target URL' : `--target ${target}=URL`;
      throw new LockRunError(`no URL for target ${target}: pass ${flag} or declare it in the lock (target: URL)`);
    },
    database() {
      const url = context.db ?? (lock.database && renderText(lock.database, scope.lookup()));
      if (url === undefined || url === '') {
        throw new LockRunError('no database for sql steps: pass --db URL or declare database: in the lock');
      }
      return context.databases.get(url);
    },
  };
}

function stepFailure(error: StepFailure, step: Step, index: number): LockFailure {
  const meaning = error.options.explained && step.meaning !== undefined ? `: ${step.meaning}` : '';
  const request = error.options.request;
  return {
    step: step.name,
    stepNumber: index + 1,
    at: formatPosition(step.position),
    message: `${error.mismatch.message}${meaning}`,
    ...('expected' in error.mismatch ? { expected: error.mismatch.expected } : {}),
    ...('actual' in error.mismatch ? { actual: error.mismatch.actual } : {}),
    ...(request
      ? {
          request: {
            method: request.method,
            path: request.path,
            ...(request.body === undefined ? {} : { body: request.json ?? request.body }),
          },
        }
      : {}),
  };
}

/** A LockRunError becomes the lock's error, at its own position or the step's; anything else is a bug and propagates. */
function errorFailure(error: unknown, step: Pick<Step, 'name' | 'position'>, index: number): LockFailure {
  if (!(error instanceof LockRunError)) throw error;
  return {
    step: step.name,
    stepNumber: index + 1,
    at: formatPosition(error.position ?? step.position),
    message: error.message,
  };
}
