import type { Report } from './model.js';

/**
 * One line that sums up the semantic diff, e.g. `semantic diff: behavior-change (2 behavior changes,
 * 3 refactorings, 1 unsupported file)`; undefined when the stage did not run.
 */
export function semdiffLine(report: Report): string | undefined {
  const delta = report.semdiff;
  if (!delta) return undefined;
  const counts = [
    count(delta.behaviorChanges.length, 'behavior change'),
    count(delta.refactorings.length, 'refactoring'),
    count(delta.unsupported.length, 'unsupported file'),
  ].filter((part) => part !== '');
  return `semantic diff: ${delta.verdict}${counts.length > 0 ? ` (${counts.join(', ')})` : ''}`;
}

function count(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}
