import type { Finding } from '../model.js';

/** `src/a.ts:12`, `src/a.ts:12-14`, `src/a.ts`, or `''` for a finding about the whole change. */
export function findingLocation(finding: Finding): string {
  if (finding.file === undefined) return '';
  if (finding.line === undefined) return finding.file;
  const end = finding.endLine !== undefined && finding.endLine > finding.line ? `-${finding.endLine}` : '';
  return `${finding.file}:${finding.line}${end}`;
}
