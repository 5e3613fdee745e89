import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../buildReport.js';
import type { Finding, Report } from '../model.js';
import { renderMarkdown } from './markdown.js';
import { escapeMarkdown, fencedBlock, inlineCode, tableCell } from './markdownText.js';

const input: ReportInput = {
  version: '0.0.0',
  change: { source: 'git', base: 'origin/main', head: 'HEAD', filesChanged: 2, additions: 3, deletions: 1 },
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
    ],
  },
  findings: [],
};
const reportWith = (extra: Partial<ReportInput>): Report => buildReport({ ...input, ...extra });

/** The table rows of the findings table (header and delimiter excluded). */
const findingRows = (markdown: string) =>
  markdown
    .slice(markdown.indexOf('### Findings'))
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Severity') && !line.startsWith('| ---'));

describe('renderMarkdown', () => {
  it('heads the report with a status word, no emoji', () => {
    expect(renderMarkdown(reportWith({}))).toContain('\n## driftguard: PASS\n');
    const failing = reportWith({ findings: [{ code: 'a/b', severity: 'error', message: 'x' }] });
    expect(renderMarkdown(failing)).toContain('\n## driftguard: FAIL\n');
    expect(renderMarkdown(failing)).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('keeps a message with pipes, backticks and newlines inside its table cell', () => {
    const markdown = renderMarkdown(
      reportWith({
        findings: [
          { code: 'a/b', severity: 'warning', message: 'got `x | y`\nexpected <z>', file: 'src/a|b.ts', line: 2 },
        ],
      }),
    );
    const [row] = findingRows(markdown);
    expect(row).toBe('| warning | `a/b` | `src/a\\|b.ts:2` | got \\`x \\| y\\`<br>expected \\<z\\> |');
    expect(row?.replace(/\\\|/g, '').split('|')).toHaveLength(6);
  });

  it('fences suite output with more backticks than any run inside it', () => {
    const markdown = renderMarkdown(
      reportWith({
        suites: [
          {
            name: 'contracts',
            status: 'failed',
            reason: 'required by payments',
            durationMs: 5,
            output: 'a\n````\nb ``` c',
          },
        ],
      }),
    );
    expect(markdown).toContain(
      '<details open><summary>contracts output, last lines (failed)</summary>\n\n`````text\na\n````\nb ``` c\n`````\n',
    );
  });

  it('shows each risky file with its import chain in a collapsed details block', () => {
    const markdown = renderMarkdown(reportWith({}));
    expect(markdown).toContain('<details><summary>Risky files (1) and why</summary>');
    expect(markdown).toContain(
      '**payments** through `src/orders/create.ts` → `src/lib/index.ts` → `src/lib/keys/hash.ts`',
    );
  });

  it('says plainly which stages are not built yet', () => {
    const markdown = renderMarkdown(
      reportWith({
        stages: [{ name: 'semdiff', status: 'not-built', note: 'not built yet; renames are not told apart' }],
      }),
    );
    expect(markdown).toContain('Not run:\n\n- semdiff: not built yet (renames are not told apart)\n');
  });

  it('stays under the size limit by cutting the least severe findings, and says how many', () => {
    const findings: Finding[] = Array.from({ length: 400 }, (_, i) => ({
      code: 'test/many',
      severity: i < 5 ? 'error' : 'notice',
      message: `finding ${i} ${'x'.repeat(100)}`,
      file: `src/f${String(i).padStart(3, '0')}.ts`,
    }));
    const markdown = renderMarkdown(reportWith({ findings }), { maxBytes: 8000 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(8000);
    const rows = findingRows(markdown);
    expect(rows.slice(0, 5).every((row) => row.startsWith('| error'))).toBe(true);
    expect(markdown).toContain(`_${400 - rows.length} more findings not shown`);
    expect(markdown).toContain('</details>');
  });

  it('fits the default 65,536-character comment limit', () => {
    const findings: Finding[] = Array.from({ length: 2000 }, (_, i) => ({
      code: 'test/many',
      severity: 'warning',
      message: `m${i} ${'y'.repeat(60)}`,
    }));
    expect(renderMarkdown(reportWith({ findings })).length).toBeLessThanOrEqual(65_536);
  });
});

describe('markdown text', () => {
  it('escapes what markdown would interpret, and drops terminal escapes', () => {
    expect(escapeMarkdown('a*b*_c_ [x](y) <b> & \\ `q` \u001b[31mred')).toBe(
      'a\\*b\\*\\_c\\_ \\[x\\](y) \\<b\\> \\& \\\\ \\`q\\` red',
    );
  });

  it('delimits inline code by a longer backtick run, padding when the code touches a backtick', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a `b` c')).toBe('``a `b` c``');
    expect(inlineCode('`x``')).toBe('``` `x`` ```');
  });

  it('escapes pipes and turns line breaks into <br> in a table cell', () => {
    expect(tableCell('a | b\r\nc')).toBe('a \\| b<br>c');
  });

  it('opens a fence of at least three backticks', () => {
    expect(fencedBlock('no backticks\n')).toBe('```text\nno backticks\n```\n');
  });
});
