import { describe, expect, it } from 'vitest';
import { buildReport } from '../buildReport.js';
import type { Finding, Report } from '../model.js';
import { codeQualityIssues, renderGitlab } from './gitlab.js';

const reportOf = (findings: Finding[]): Report =>
  buildReport({
    version: '0.0.0',
    change: { source: 'git', base: 'main', head: 'HEAD', filesChanged: 1, additions: 1, deletions: 1 },
    classification: { schemaVersion: 1, highRisk: false, risks: [], files: [] },
    findings,
  });

const findings: Finding[] = [
  { code: 'risk/high', severity: 'notice', message: 'matches payments path rule', file: 'src/pay.ts' },
  { code: 'intent/x', severity: 'warning', message: 'behavior changed', file: 'src/k.ts', line: 12, endLine: 14 },
  { code: 'gate/suite-failed', severity: 'error', message: 'suite "locks" failed' },
];

describe('codeQualityIssues', () => {
  it('maps error, warning and notice to blocker, minor and info, most severe first', () => {
    expect(codeQualityIssues(reportOf(findings)).map((issue) => [issue.check_name, issue.severity])).toEqual([
      ['gate/suite-failed', 'blocker'],
      ['intent/x', 'minor'],
      ['risk/high', 'info'],
    ]);
  });

  it('puts a finding on its lines, on line 1 without a line, and on .gitlab-ci.yml without a file', () => {
    const locations = codeQualityIssues(reportOf(findings)).map((issue) => issue.location);
    expect(locations).toEqual([
      { path: '.gitlab-ci.yml', lines: { begin: 1 } },
      { path: 'src/k.ts', lines: { begin: 12, end: 14 } },
      { path: 'src/pay.ts', lines: { begin: 1 } },
    ]);
    const [moved] = codeQualityIssues(reportOf(findings), { unlocatedPath: 'ci/gate.yml' });
    expect(moved?.location.path).toBe('ci/gate.yml');
  });

  it('fingerprints issues stably across runs and distinctly across findings', () => {
    const first = codeQualityIssues(reportOf(findings)).map((issue) => issue.fingerprint);
    const shifted = findings.map((finding) =>
      finding.line === undefined ? finding : { ...finding, line: finding.line + 5 },
    );
    expect(codeQualityIssues(reportOf(shifted)).map((issue) => issue.fingerprint)).toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it('renders an empty array when there is nothing to report', () => {
    expect(renderGitlab(reportOf([]))).toBe('[]\n');
  });

  it('renders each issue with the fields GitLab reads', () => {
    const [issue] = JSON.parse(renderGitlab(reportOf(findings.slice(1, 2))));
    expect(Object.keys(issue)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
    expect(issue.description).toBe('behavior changed');
  });
});
