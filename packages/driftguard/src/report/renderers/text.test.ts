import { describe, expect, it } from 'vitest';
import { buildReport } from '../buildReport.js';
import type { Report } from '../model.js';
import { renderText } from './text.js';

const ESC = '\u001b[';

const report: Report = buildReport({
  version: '0.1.0',
  change: { source: 'git', base: 'origin/main', head: 'HEAD', filesChanged: 3, additions: 10, deletions: 4 },
  classification: {
    schemaVersion: 1,
    highRisk: true,
    risks: ['payments'],
    files: [
      {
        path: 'src/lib/keys/hash.ts',
        status: 'modified',
        risks: [
          {
            risk: 'payments',
            reason: 'import',
            chain: ['src/orders/create.ts', 'src/lib/index.ts', 'src/lib/keys/hash.ts'],
          },
        ],
      },
      { path: 'README.md', status: 'modified', risks: [] },
    ],
  },
  findings: [
    {
      code: 'risk/high',
      severity: 'notice',
      message: 'carries payments risk',
      file: 'src/lib/keys/hash.ts',
      risk: 'payments',
    },
    {
      code: 'intent/x',
      severity: 'warning',
      message: `a long message ${'word '.repeat(40)}`,
      file: 'src/lib/keys/hash.ts',
      line: 7,
    },
    { code: 'gate/suite-failed', severity: 'error', message: 'suite "contracts" failed (exit code 1)' },
  ],
  suites: [
    {
      name: 'contracts',
      status: 'failed',
      reason: 'required by payments',
      durationMs: 2500,
      exitCode: 1,
      output: `${ESC}31mAssertionError${ESC}0m: boom`,
    },
  ],
  stages: [
    { name: 'risk', status: 'ran' },
    { name: 'semdiff', status: 'not-built', note: 'not built yet; refactors and behavior changes are not told apart' },
    { name: 'intent', status: 'not-built' },
  ],
});

describe('renderText', () => {
  it('has no ANSI escapes when color is off, even from a suite’s colored output', () => {
    expect(renderText(report, { color: false })).not.toContain(ESC);
    expect(renderText(report, { color: false })).toContain('AssertionError: boom');
  });

  it('keeps escape sequences in file paths and messages from reaching the terminal', () => {
    const hostile = buildReport({
      ...report,
      version: '0.1.0',
      findings: [{ code: 'risk/high', severity: 'notice', message: `hi${ESC}2J`, file: `src/${ESC}31mx.ts` }],
    });
    const colorCodes = new RegExp(`${ESC.replace('[', '\\[')}[0-9;]*m`, 'g');
    const colored = renderText(hostile, { color: true });
    expect(colored.replace(colorCodes, '')).not.toContain('\u001b');
    expect(colored).not.toContain('2J');
    expect(renderText(hostile, { color: false })).toContain('  src/x.ts  risk/high\n    hi\n');
  });

  it('colors when asked', () => {
    expect(renderText(report, { color: true })).toContain(ESC);
  });

  it('starts with the verdict and the counts', () => {
    expect(renderText(report, { color: false }).split('\n')[0]).toBe('driftguard: FAIL (1 error, 1 warning, 1 notice)');
  });

  it('groups findings by severity, most severe first, each with file:line and code', () => {
    const text = renderText(report, { color: false });
    const order = ['Errors (1)', 'Warnings (1)', 'Notices (1)'].map((heading) => text.indexOf(heading));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('  src/lib/keys/hash.ts:7  intent/x\n');
    expect(text).toContain('  gate/suite-failed\n    suite "contracts" failed (exit code 1)\n');
  });

  it('shows each risky file no finding names with its import chain, one module a line', () => {
    const unnamed = { ...report, findings: report.findings.filter((f) => f.code !== 'risk/high') };
    expect(renderText(unnamed, { color: false })).toContain(
      '  src/lib/keys/hash.ts (modified)\n    payments: imported from src/orders/create.ts\n      → src/lib/index.ts\n      → src/lib/keys/hash.ts\n',
    );
    // A risk/high notice already names the file and its chain: it is not listed twice.
    expect(report.findings.some((f) => f.code === 'risk/high' && f.file === 'src/lib/keys/hash.ts')).toBe(true);
    expect(renderText(report, { color: false })).not.toContain('Risky files');
  });

  it('says plainly which stages are not built yet', () => {
    const text = renderText(report, { color: false });
    expect(text).toContain('  semdiff: not built yet (refactors and behavior changes are not told apart)\n');
    expect(text).toContain('  intent: not built yet\n');
  });

  it('lists suites with status, duration and why', () => {
    expect(renderText(report, { color: false })).toMatch(/ {2}failed {3}contracts +2\.5s {2}required by payments\n/);
  });

  it('fits in 80 columns', () => {
    const long = renderText(report, { color: false })
      .split('\n')
      .filter((line) => line.length > 80);
    expect(long).toEqual([]);
  });

  it('says there is nothing to report when a change is clean', () => {
    const clean = buildReport({ ...report, version: '0.1.0', findings: [], suites: [], stages: [] });
    expect(renderText(clean, { color: false })).toBe(
      'driftguard: PASS (no findings)\norigin/main..HEAD (git): 3 files changed, +10 -4\n\nRisky files (1)\n  src/lib/keys/hash.ts (modified)\n    payments: imported from src/orders/create.ts\n      → src/lib/index.ts\n      → src/lib/keys/hash.ts\n',
    );
  });
});
