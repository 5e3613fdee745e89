import type { Severity } from './model.js';

/** Every severity, most severe first: the order reports group and sort findings in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** 0 for `error`, 1 for `warning`, 2 for `notice`: smaller sorts first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
