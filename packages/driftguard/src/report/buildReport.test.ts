import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from './buildReport.js';
import type { Finding, SuiteResult } from './model.js';

const base: ReportInput = {
  version: '1.2.3',
  change: { source: 'git', base: 'main', head: 'HEAD', filesChanged: 1, additions: 1, deletions: 0 },
  classification: { schemaVersion: 1, highRisk: false, risks: [], files: [] },
  findings: [],
};

const finding = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  code: 'x/y',
  severity,
  message: 'm',
  ...extra,
});
const suite = (status: SuiteResult['status']): SuiteResult => ({ name: 's', status, reason: 'r', durationMs: 1 });

describe('buildReport', () => {
  it('passes when there are only warnings and notices and every suite passed or was skipped', () => {
    const report = buildReport({
      ...base,
      findings: [finding('warning'), finding('notice')],
      suites: [suite('passed'), suite('skipped')],
    });
    expect(report.verdict).toBe('pass');
  });

  it('fails when any finding is an error', () => {
    expect(buildReport({ ...base, findings: [finding('notice'), finding('error')] }).verdict).toBe('fail');
  });

  it('fails when a suite failed or errored, even without an error finding', () => {
    expect(buildReport({ ...base, suites: [suite('passed'), suite('failed')] }).verdict).toBe('fail');
    expect(buildReport({ ...base, suites: [suite('errored')] }).verdict).toBe('fail');
  });

  it('sorts findings by severity, then file (whole-change findings first), line and code', () => {
    const report = buildReport({
      ...base,
      findings: [
        finding('notice', { code: 'a', file: 'a.ts' }),
        finding('warning', { code: 'b', file: 'b.ts', line: 9 }),
        finding('warning', { code: 'z', file: 'b.ts', line: 2 }),
        finding('warning', { code: 'a', file: 'b.ts', line: 2 }),
        finding('error', { code: 'e', file: 'z.ts' }),
        finding('error', { code: 'f' }),
      ],
    });
    expect(report.findings.map((f) => `${f.severity} ${f.file ?? '-'}:${f.line ?? ''} ${f.code}`)).toEqual([
      'error -: f',
      'error z.ts: e',
      'warning b.ts:2 a',
      'warning b.ts:2 z',
      'warning b.ts:9 b',
      'notice a.ts: a',
    ]);
  });

  it('stamps the schema version and tool, and leaves the input findings untouched', () => {
    const findings = [finding('notice', { code: 'b' }), finding('error', { code: 'a' })];
    const report = buildReport({ ...base, findings });
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'driftguard', version: '1.2.3' });
    expect(findings.map((f) => f.code)).toEqual(['b', 'a']);
    expect(report.suites).toEqual([]);
    expect(report.stages).toEqual([]);
  });
});
