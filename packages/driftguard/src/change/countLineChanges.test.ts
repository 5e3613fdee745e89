import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countLineChanges, countLines } from './countLineChanges.js';

const scratch = mkdtempSync(join(tmpdir(), 'driftguard-lines-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** git's own count for the same pair (`--minimal`, so both sides look for the shortest diff). */
function gitNumstat(before: string, after: string): { additions: number; deletions: number } {
  writeFileSync(join(scratch, 'before'), before);
  writeFileSync(join(scratch, 'after'), after);
  let output = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--numstat', '--minimal', 'before', 'after'], { cwd: scratch });
  } catch (error) {
    output = String((error as { stdout: Buffer }).stdout); // exit 1 means "they differ"
  }
  const [additions = '0', deletions = '0'] = output.split('\t');
  return { additions: Number(additions), deletions: Number(deletions) };
}

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('countLineChanges', () => {
  it('counts added and removed lines', () => {
    expect(countLineChanges('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual({ additions: 2, deletions: 1 });
    expect(countLineChanges('', 'a\nb\n')).toEqual({ additions: 2, deletions: 0 });
    expect(countLineChanges('a\n', 'a\n')).toEqual({ additions: 0, deletions: 0 });
  });

  it('treats a missing final newline as a changed last line', () => {
    expect(countLineChanges('a\nb', 'a\nb\n')).toEqual({ additions: 1, deletions: 1 });
  });

  it('agrees with git diff --minimal on random edits', () => {
    const next = random(42);
    for (let round = 0; round < 40; round++) {
      const before = Array.from({ length: 5 + Math.floor(next() * 40) }, () => `line ${Math.floor(next() * 8)}\n`);
      const after = before.flatMap((line) => {
        const roll = next();
        if (roll < 0.15) return [];
        if (roll < 0.3) return [line, `new ${Math.floor(next() * 8)}\n`];
        if (roll < 0.4) return [`changed ${Math.floor(next() * 8)}\n`];
        return [line];
      });
      const beforeText = before.join('');
      const afterText = after.join('');
      expect(countLineChanges(beforeText, afterText), `round ${round}`).toEqual(gitNumstat(beforeText, afterText));
    }
  });

  it('stays fast on two large, wholly different files', () => {
    const before = Array.from({ length: 50_000 }, (_, i) => `before ${i}\n`).join('');
    const after = Array.from({ length: 50_000 }, (_, i) => `after ${i}\n`).join('');
    expect(countLineChanges(before, after)).toEqual({ additions: 50_000, deletions: 50_000 });
  });
});

describe('countLines', () => {
  it('counts a last line without a newline', () => {
    expect([countLines(''), countLines('a'), countLines('a\n'), countLines('a\nb')]).toEqual([0, 1, 1, 2]);
  });
});
