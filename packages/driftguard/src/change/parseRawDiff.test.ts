import { describe, expect, it } from 'vitest';
import { parseRawDiff, parseRawDiffWithBlobs } from './parseRawDiff.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);

/** Joins records the way `git diff-tree -z --raw --numstat` prints them (recorded from git 2.39). */
function zOutput(...records: string[]): string {
  return `${records.join('\0')}\0`;
}

describe('parseRawDiff', () => {
  it('joins raw records with their numstat counts', () => {
    const files = parseRawDiff(
      zOutput(
        `:100644 100644 ${A} ${B} M`,
        'src/a.ts',
        `:000000 100644 ${Z} ${B} A`,
        'new.ts',
        '3\t1\tsrc/a.ts',
        '5\t0\tnew.ts',
      ),
    );
    expect(files).toEqual([
      {
        path: 'new.ts',
        status: 'added',
        newMode: '100644',
        binary: false,
        submodule: false,
        additions: 5,
        deletions: 0,
      },
      {
        path: 'src/a.ts',
        status: 'modified',
        oldMode: '100644',
        newMode: '100644',
        binary: false,
        submodule: false,
        additions: 3,
        deletions: 1,
      },
    ]);
  });

  it('keeps the old path and similarity of a rename, whose numstat names both paths', () => {
    const [file] = parseRawDiff(zOutput(`:100644 100644 ${A} ${B} R097`, 'a.txt', 'b.txt', '1\t0\t', 'a.txt', 'b.txt'));
    expect(file).toMatchObject({ path: 'b.txt', oldPath: 'a.txt', status: 'renamed', similarity: 97, additions: 1 });
  });

  it('reads copies like renames', () => {
    const [file] = parseRawDiff(zOutput(`:100644 100644 ${A} ${B} C075`, 'a.txt', 'c.txt', '2\t0\t', 'a.txt', 'c.txt'));
    expect(file).toMatchObject({ path: 'c.txt', oldPath: 'a.txt', status: 'copied', similarity: 75, additions: 2 });
  });

  it('marks a dash numstat as binary with zero line counts', () => {
    const [file] = parseRawDiff(zOutput(`:100644 100644 ${A} ${B} M`, 'logo.png', '-\t-\tlogo.png'));
    expect(file).toMatchObject({ binary: true, additions: 0, deletions: 0 });
  });

  it('omits the mode of the missing side and spells out type changes and submodules', () => {
    const files = parseRawDiff(
      zOutput(
        `:100644 000000 ${A} ${Z} D`,
        'gone.txt',
        `:100644 120000 ${A} ${B} T`,
        'link',
        `:160000 160000 ${A} ${B} M`,
        'vendor/lib',
        '0\t4\tgone.txt',
        '1\t1\tlink',
        '1\t1\tvendor/lib',
      ),
    );
    expect(files[0]).toEqual({
      path: 'gone.txt',
      status: 'deleted',
      oldMode: '100644',
      binary: false,
      submodule: false,
      additions: 0,
      deletions: 4,
    });
    expect(files[1]).toMatchObject({ path: 'link', status: 'type-changed', oldMode: '100644', newMode: '120000' });
    expect(files[2]).toMatchObject({ path: 'vendor/lib', submodule: true, oldMode: '160000', newMode: '160000' });
  });

  it('takes paths verbatim, including spaces, tabs, newlines and a leading colon', () => {
    const odd = ':odd\tname\nwith lines.txt';
    const [file] = parseRawDiff(zOutput(`:000000 100644 ${Z} ${B} A`, odd, `2\t0\t${odd}`));
    expect(file).toMatchObject({ path: odd, additions: 2 });
  });

  it('answers no files for an empty diff', () => {
    expect(parseRawDiff('')).toEqual([]);
  });

  it("keeps each side's blob id by that side's path, leaving out absent sides and submodules", () => {
    const C = 'c'.repeat(40);
    const { blobs } = parseRawDiffWithBlobs(
      zOutput(
        `:100644 100644 ${A} ${B} R090`,
        'old.ts',
        'new.ts',
        `:000000 120000 ${Z} ${C} A`,
        'link',
        `:160000 160000 ${A} ${B} M`,
        'vendor/lib',
        `:100644 000000 ${C} ${Z} D`,
        'gone.ts',
      ),
    );
    expect(Object.fromEntries(blobs.before)).toEqual({ 'old.ts': A, 'gone.ts': C });
    expect(Object.fromEntries(blobs.after)).toEqual({ 'new.ts': B, link: C });
  });
});
