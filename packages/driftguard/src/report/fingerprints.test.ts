import { describe, expect, it } from 'vitest';
import { findingFingerprints } from './fingerprints.js';
import type { Finding } from './model.js';

const finding: Finding = {
  code: 'risk/high',
  severity: 'notice',
  message: 'matches payments path rule',
  file: 'src/a.ts',
  line: 3,
};

describe('findingFingerprints', () => {
  it('is the same on every run and when the finding moves to another line', () => {
    const [first] = findingFingerprints([finding]);
    expect(findingFingerprints([finding])).toEqual([first]);
    expect(findingFingerprints([{ ...finding, line: 40 }])).toEqual([first]);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when the code, the file or the message differs', () => {
    const prints = findingFingerprints([
      finding,
      { ...finding, code: 'risk/other' },
      { ...finding, file: 'src/b.ts' },
      { ...finding, message: 'another message' },
      { code: finding.code, severity: 'notice', message: finding.message },
    ]);
    expect(new Set(prints).size).toBe(5);
  });

  it('keeps identical findings apart by their order of occurrence', () => {
    const prints = findingFingerprints([finding, { ...finding, line: 9 }, finding]);
    expect(new Set(prints).size).toBe(3);
    expect(findingFingerprints([finding, finding])).toEqual(prints.slice(0, 2));
  });

  it('does not confuse a separator inside a field with the boundary between fields', () => {
    const [a, b] = findingFingerprints([
      { ...finding, code: 'a', file: 'b|c' },
      { ...finding, code: 'a|b', file: 'c' },
    ]);
    expect(a).not.toBe(b);
  });
});
