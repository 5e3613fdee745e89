import type { Finding } from './model.js';
import { severityRank } from './severityOrder.js';

/**
 * Orders findings by severity, then file, line, code and message. A finding without a file (about the
 * whole change) comes before the file findings of its severity. Locale-independent, so stable everywhere.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareText(a.file ?? '', b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** A sorted copy of `findings` (see `compareFindings`); the input is left as it is. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
