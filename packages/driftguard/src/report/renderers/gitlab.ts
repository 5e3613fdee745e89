import { findingFingerprints } from '../fingerprints.js';
import type { Finding, Report, Severity } from '../model.js';
import { sortFindings } from '../sortFindings.js';

/** Where GitLab output points that the report itself does not know. */
export interface GitlabOptions {
  /**
   * The repository file a finding without a file is reported on (default `.gitlab-ci.yml`, the
   * pipeline that ran the gate). GitLab requires `location.path` on every issue.
   */
  readonly unlocatedPath?: string;
}

/** One issue of a GitLab Code Quality report (the Code Climate subset GitLab reads). */
export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: CodeQualitySeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number; readonly end?: number } };
}

/** GitLab's severities, least to most severe: info, minor, major, critical, blocker. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** An error fails the gate, so it blocks the merge; a warning is minor; a notice is information. */
const SEVERITIES: Record<Severity, CodeQualitySeverity> = { error: 'blocker', warning: 'minor', notice: 'info' };

/**
 * The findings as a GitLab Code Quality report, for `artifacts:reports:codequality`: a JSON array
 * with one issue per finding, most severe first. Fingerprints are stable across runs (code, file,
 * message); a finding without a line is on line 1, one without a file on `unlocatedPath`.
 */
export function codeQualityIssues(report: Report, options: GitlabOptions = {}): CodeQualityIssue[] {
  const findings = sortFindings(report.findings);
  const fingerprints = findingFingerprints(findings);
  return findings.map((finding, index) => ({
    description: finding.message,
    check_name: finding.code,
    fingerprint: fingerprints[index] ?? '',
    severity: SEVERITIES[finding.severity],
    location: location(finding, options.unlocatedPath ?? '.gitlab-ci.yml'),
  }));
}

/** `codeQualityIssues` as JSON text, 2-space indent, trailing newline. */
export function renderGitlab(report: Report, options: GitlabOptions = {}): string {
  return `${JSON.stringify(codeQualityIssues(report, options), null, 2)}\n`;
}

function location(finding: Finding, unlocated: string): CodeQualityIssue['location'] {
  if (finding.file === undefined) return { path: unlocated, lines: { begin: 1 } };
  if (finding.line === undefined) return { path: finding.file, lines: { begin: 1 } };
  const end = finding.endLine !== undefined && finding.endLine > finding.line ? { end: finding.endLine } : {};
  return { path: finding.file, lines: { begin: finding.line, ...end } };
}
