import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport.js';
import { FORMATS, isFormat, renderers, renderReport } from './renderReport.js';

const report = buildReport({
  version: '0.1.0',
  change: { source: 'git', base: 'main', head: 'HEAD', filesChanged: 1, additions: 1, deletions: 0 },
  classification: { schemaVersion: 1, highRisk: false, risks: [], files: [] },
  findings: [{ code: 'gate/suite-failed', severity: 'error', message: 'suite "x" failed' }],
});

describe('renderReport', () => {
  it('has a renderer for every format --format accepts, and no other', () => {
    expect(Object.keys(renderers).sort()).toEqual([...FORMATS].sort());
    expect(FORMATS).toEqual(['text', 'json', 'markdown', 'github', 'sarif', 'gitlab']);
  });

  it('renders every format to non-empty text ending in a newline', () => {
    for (const format of FORMATS) {
      const { text } = renderReport(report, format, { color: false });
      expect(text.endsWith('\n'), format).toBe(true);
    }
  });

  it('gives a job summary only for the github format', () => {
    for (const format of FORMATS) {
      const { summary } = renderReport(report, format, { color: false });
      expect(summary !== undefined, format).toBe(format === 'github');
    }
  });

  it('tells format names from other words', () => {
    expect(isFormat('sarif')).toBe(true);
    expect(isFormat('html')).toBe(false);
  });
});
