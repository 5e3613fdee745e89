import { describe, expect, it } from 'vitest';
import { buildReport } from '../buildReport.js';
import type { Report } from '../model.js';
import { renderJson } from './json.js';

const report: Report = buildReport({
  version: '0.1.0',
  change: { source: 'directories', base: 'before', head: 'after', filesChanged: 1, additions: 2, deletions: 0 },
  classification: {
    schemaVersion: 1,
    highRisk: true,
    risks: ['payments'],
    files: [{ path: 'src/a.ts', status: 'modified', risks: [{ risk: 'payments', reason: 'path', pattern: 'src/**' }] }],
  },
  findings: [
    {
      code: 'risk/high',
      severity: 'notice',
      message: 'matches payments path rule "src/**"',
      file: 'src/a.ts',
      risk: 'payments',
    },
  ],
  suites: [
    { name: 'locks', status: 'passed', reason: 'required by payments', durationMs: 12, exitCode: 0, output: 'ok' },
  ],
  stages: [{ name: 'semdiff', status: 'not-built', note: 'not built yet' }],
});

describe('renderJson', () => {
  it('round-trips: parsing the output gives the report back', () => {
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it('writes schemaVersion first, 2-space indented, with a trailing newline', () => {
    const text = renderJson(report);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes the same text however the report object was put together', () => {
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
    const reordered = {
      ...shuffled,
      findings: report.findings.map((f) => Object.fromEntries(Object.entries(f).reverse())),
    } as unknown as Report;
    expect(renderJson(reordered)).toBe(renderJson(report));
    expect(Object.keys(JSON.parse(renderJson(reordered)).findings[0])).toEqual([
      'code',
      'severity',
      'message',
      'file',
      'risk',
    ]);
  });
});
