import type { Finding, Severity } from './model.js';
import { SEVERITIES } from './severityOrder.js';

/** How many findings there are of each severity (zero included). */
export type FindingCounts = Readonly<Record<Severity, number>>;

/** Counts findings by severity. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** `2 errors, 1 warning` (zero counts left out), or `no findings`. */
export function describeCounts(counts: FindingCounts): string {
  const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) =>
    countOf(counts[severity], severity),
  );
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}

/** `1 error`, `3 warnings`: a count with its severity, singular or plural. */
export function countOf(count: number, severity: Severity): string {
  return `${count} ${severity}${count === 1 ? '' : 's'}`;
}
