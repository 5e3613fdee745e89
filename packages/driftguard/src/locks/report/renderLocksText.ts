import type { LockFailure, LockResult, LocksReport } from './model.js';

const MARK = { pass: 'ok  ', fail: 'FAIL', error: 'ERR ' } as const;

/**
 * The report for a terminal: one line per lock, and under a failed one, the step, where it is
 * written, the message, expected beside actual, and the request that did it.
 */
export function renderLocksText(report: LocksReport): string {
  const { summary } = report;
  const scope = report.shard ? ` (shard ${report.shard.index}/${report.shard.count})` : '';
  const merged = report.shards ? ` (merged from ${report.shards.length} shards)` : '';
  const lines = [
    `driftguard locks${scope}${merged}: ${summary.total} lock${summary.total === 1 ? '' : 's'}, ${summary.passed} hold, ${summary.failed} fail, ${summary.errored} could not run`,
    '',
  ];
  for (const lock of report.locks) lines.push(...renderLock(lock));
  if (report.locks.length === 0) lines.push('  (no locks selected)');
  return `${lines.join('\n')}\n`;
}

function renderLock(lock: LockResult): string[] {
  const where = `${lock.file}${lock.line === undefined ? '' : `:${lock.line}`}`;
  const lines = [`  ${MARK[lock.status]}  ${lock.name}  (${where})`];
  for (const snapshot of lock.snapshots) {
    if (snapshot.status === 'written') lines.push(`        snapshot ${snapshot.name} written to ${snapshot.file}`);
  }
  if (lock.failure !== undefined) lines.push(...renderFailure(lock.failure, lock.status));
  return lines;
}

function renderFailure(failure: LockFailure, status: LockResult['status']): string[] {
  const pad = '        ';
  if (status === 'error') return [`${pad}${failure.at}: ${failure.message}`];
  const lines = [`${pad}step ${failure.stepNumber} "${failure.step}" (${failure.at})`, `${pad}${failure.message}`];
  if ('expected' in failure) lines.push(`${pad}expected: ${json(failure.expected)}`);
  if ('actual' in failure) lines.push(`${pad}actual:   ${json(failure.actual)}`);
  if (failure.request !== undefined) {
    const body = failure.request.body === undefined ? '' : ` ${json(failure.request.body)}`;
    lines.push(`${pad}request:  ${failure.request.method} ${failure.request.path}${body}`);
  }
  return lines;
}

function json(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
  return text.length > 400 ? `${text.slice(0, 397)}...` : text;
}
