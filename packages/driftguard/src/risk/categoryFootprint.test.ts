import { describe, expect, it } from 'vitest';
import { filesUnder } from './categoryFootprint.js';

describe('files under a directory in a sorted listing', () => {
  const sorted = ['a.ts', 'services/a-b/x.ts', 'services/a/y.ts', 'services/a/z/w.ts', 'services/ab.ts', 'z.ts'].sort();

  it('returns exactly the run below the directory, not siblings sharing a prefix', () => {
    expect(filesUnder(sorted, 'services/a')).toEqual(['services/a/y.ts', 'services/a/z/w.ts']);
  });

  it('returns nothing for a directory without files', () => {
    expect(filesUnder(sorted, 'services/c')).toEqual([]);
  });
});
