import { describe, expect, it } from 'vitest';
import { buildReport } from '../buildReport.js';
import type { Finding, Report } from '../model.js';
import { renderGithub } from './github.js';

const reportOf = (findings: Finding[]): Report =>
  buildReport({
    version: '0.0.0',
    change: { source: 'git', base: 'main', head: 'HEAD', filesChanged: 1, additions: 1, deletions: 1 },
    classification: { schemaVersion: 1, highRisk: false, risks: [], files: [] },
    findings,
  });

const many = (severity: Finding['severity'], count: number): Finding[] =>
  Array.from({ length: count }, (_, i) => ({
    code: `test/${severity}`,
    severity,
    message: `${severity} number ${i}`,
    file: `src/f${String(i).padStart(2, '0')}.ts`,
  }));

const commandLines = (commands: string) => commands.split('\n').filter((line) => line.startsWith('::'));

describe('renderGithub', () => {
  it('annotates a finding with file, line, endLine and title, escaping data and properties', () => {
    const { commands } = renderGithub(
      reportOf([
        { code: 'intent/x', severity: 'warning', message: '50% done\nnext', file: 'src/a,b.ts', line: 3, endLine: 5 },
      ]),
    );
    expect(commandLines(commands)).toEqual([
      '::warning file=src/a%2Cb.ts,line=3,endLine=5,title=driftguard intent/x::50%25 done%0Anext',
    ]);
  });

  it('gives a finding without a file no file or line property', () => {
    const { commands } = renderGithub(
      reportOf([{ code: 'gate/suite-failed', severity: 'error', message: 'suite failed', line: 4 }]),
    );
    expect(commandLines(commands)).toEqual(['::error title=driftguard gate/suite-failed::suite failed']);
  });

  it('annotates at most 10 of each severity, most severe first, and counts the rest in the summary', () => {
    const { commands, summary } = renderGithub(
      reportOf([...many('notice', 12), ...many('warning', 3), ...many('error', 13)]),
    );
    const lines = commandLines(commands);
    expect(lines.map((line) => line.slice(2, line.indexOf(' ')))).toEqual([
      ...Array(10).fill('error'),
      ...Array(3).fill('warning'),
      ...Array(10).fill('notice'),
    ]);
    expect(summary).toContain('**Not annotated: 3 errors, 2 notices.**');
    for (const i of [10, 11, 12]) expect(summary).toContain(`error number ${i}`);
    expect(commands).toMatch(/3 errors, 2 notices not annotated, see the job summary\n$/);
  });

  it('says nothing about annotations when every finding was annotated', () => {
    const { commands, summary } = renderGithub(reportOf(many('error', 10)));
    expect(commandLines(commands)).toHaveLength(10);
    expect(summary).not.toContain('Not annotated');
    expect(commands).toMatch(/^driftguard: FAIL \(10 errors\)$/m);
  });

  it('honours a smaller annotation cap', () => {
    const { commands, summary } = renderGithub(reportOf(many('warning', 4)), { annotationsPerSeverity: 2 });
    expect(commandLines(commands)).toHaveLength(2);
    expect(summary).toContain('**Not annotated: 2 warnings.**');
  });
});
