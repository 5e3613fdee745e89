import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { ChangedFile } from '../change/index.js';
import type { Config } from '../config/index.js';
import { type Lock, LockFileError, type LocksReport, loadLocks, renderLocksText, runLocks } from '../locks/index.js';
import type { Finding, SuiteResult } from '../report/model.js';
import { startService } from './startService.js';

/** What the built-in `locks` suite needs beyond the config. */
export interface LocksSuiteInput {
  readonly config: Config;
  /** The repository root: lock files, `locks.start.cwd` and SQLite paths are relative to it. */
  readonly root: string;
  /** The risk categories that require the suite (critical flows the change reaches). */
  readonly flows: readonly string[];
  readonly reason: string;
  /** The changed files: a changed snapshot must be named in the Intent. */
  readonly files: readonly Pick<ChangedFile, 'path'>[];
  /** The PR's declared Intent (and Semantic impact), where a changed snapshot must be named. */
  readonly declared: string;
}

/** The suite's result and the findings it produced. */
export interface LocksSuiteOutcome {
  readonly suite: SuiteResult;
  readonly findings: Finding[];
}

/**
 * The built-in `locks` suite: loads the lock files (a `locks.files` path that does not exist holds no
 * lock: its flows are then unguarded, not a crash), reports every flow no lock guards
 * (`gate/lock-missing`) and every approved snapshot the change rewrites without naming it in its Intent
 * (`gate/lock-snapshot-changed`), then runs the locks that guard the flows against `locks.target`, or
 * against the service `locks.start` starts for the run. A lock that fails is `gate/suite-failed` with
 * the lock's own message, at the lock's file and line.
 */
export async function runLocksSuite(input: LocksSuiteInput): Promise<LocksSuiteOutcome> {
  const started = performance.now();
  const { config, root } = input;
  const result = (status: SuiteResult['status'], note: string, output?: string): SuiteResult => ({
    name: 'locks',
    status,
    reason: `${input.reason}${note}`,
    durationMs: Math.round(performance.now() - started),
    ...(output === undefined ? {} : { output }),
  });
  const present = config.locks.files.filter((path) => existsSync(join(root, path)));
  let locks: Lock[];
  try {
    locks = (await loadLocks(present, { cwd: root })).flatMap((file) => file.locks);
  } catch (error) {
    if (!(error instanceof LockFileError)) throw error;
    const finding = failure(`a lock file has an error: ${error.message}`);
    return { suite: result('errored', '; a lock file has an error', error.message), findings: [finding] };
  }
  const findings: Finding[] = [...missingLocks(input.flows, locks), ...snapshotEdits(input, locks)];
  const guarding = locks.filter((lock) => lock.flows.some((flow) => input.flows.includes(flow)));
  if (guarding.length === 0) return { suite: result('skipped', '; no lock guards these flows'), findings };
  let report: LocksReport;
  try {
    report = await withTimeout(runAgainstTarget(config, root, guarding), config.locks.timeoutSeconds);
  } catch (error) {
    const message = (error as Error).message;
    findings.push(failure(`the locks could not run: ${message}`));
    return { suite: result('errored', `; ${message}`), findings };
  }
  for (const lock of report.locks) {
    if (lock.status === 'pass') continue;
    const place = lock.failure?.at ?? `${lock.file}:${lock.line ?? 1}`;
    findings.push({
      ...failure(
        `lock "${lock.name}" ${lock.status === 'fail' ? 'failed' : 'could not run'}: ${lock.failure?.message ?? ''}`,
      ),
      ...fileAndLine(place),
    });
  }
  const held = report.summary.failed === 0 && report.summary.errored === 0;
  const counts = `; ${report.summary.passed} of ${report.summary.total} locks held`;
  return { suite: result(held ? 'passed' : 'failed', counts, renderLocksText(report)), findings };
}

async function runAgainstTarget(config: Config, root: string, locks: readonly Lock[]): Promise<LocksReport> {
  const options = { locks, cwd: root, ...(config.locks.db === undefined ? {} : { db: config.locks.db }) };
  if (config.locks.start === undefined) {
    return runLocks({ ...options, ...(config.locks.target === undefined ? {} : { target: config.locks.target }) });
  }
  const start = config.locks.start;
  const service = await startService(start, start.cwd ? `${root}/${start.cwd}` : root);
  try {
    return await runLocks({ ...options, target: service.url, env: { ...process.env, ...service.env } });
  } finally {
    await service.stop();
  }
}

function missingLocks(flows: readonly string[], locks: readonly Lock[]): Finding[] {
  return flows
    .filter((flow) => !locks.some((lock) => lock.flows.includes(flow)))
    .map((flow) => ({
      code: 'gate/lock-missing',
      severity: 'error' as const,
      risk: flow,
      message: `this change reaches the ${flow} flow, which requires behavior locks, and no lock guards it: add a lock file with "flow: ${flow}" (see docs/locks.md)`,
    }));
}

/** Approved snapshot files the change rewrites, unless the Intent names the lock or the snapshot. */
function snapshotEdits(input: LocksSuiteInput, locks: readonly Lock[]): Finding[] {
  const declared = input.declared.toLowerCase();
  return input.files.flatMap((file) => {
    const lock = locks.find((l) => relative(input.root, l.snapshotDir) === dirname(file.path));
    if (!lock) return [];
    const snapshot =
      file.path
        .split('/')
        .at(-1)
        ?.replace(/\.json$/, '') ?? '';
    if (declared.includes(lock.name.toLowerCase()) || (snapshot !== '' && declared.includes(snapshot.toLowerCase()))) {
      return [];
    }
    return [
      {
        code: 'gate/lock-snapshot-changed',
        severity: 'error' as const,
        file: file.path,
        message: `the approved output "${snapshot}" of lock "${lock.name}" changes in this PR: name it in the Intent (what changes and why), or revert the snapshot`,
      },
    ];
  });
}

function failure(message: string): Finding {
  return { code: 'gate/suite-failed', severity: 'error', message: `suite "locks": ${message}` };
}

/** `file:line:col` as a finding's place (the lock's step), relative paths kept. */
function fileAndLine(at: string): { file: string; line?: number } {
  const match = /^(.*):(\d+):\d+$/.exec(at) ?? /^(.*):(\d+)$/.exec(at);
  if (!match?.[1] || !match[2]) return { file: at };
  return { file: match[1], line: Number(match[2]) };
}

function withTimeout<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
