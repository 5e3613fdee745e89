import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDirectoryChange, semanticDiff } from '../src/index.js';

/** A copy of the hand-written cases from the project's shared fixtures (shared/fixtures/semdiff). */
const FIXTURES = resolve(import.meta.dirname, 'fixtures/semdiff');

interface FixtureCase {
  readonly id: string;
  readonly verdict: string;
  readonly changes?: readonly { readonly file: string; readonly line: number }[];
}

const cases = JSON.parse(readFileSync(join(FIXTURES, 'cases.json'), 'utf8')) as FixtureCase[];

describe('the hand-written semdiff cases', () => {
  for (const fixture of cases) {
    it(`${fixture.id} is ${fixture.verdict}`, async () => {
      const dir = join(FIXTURES, fixture.id);
      const change = await readDirectoryChange({ before: join(dir, 'before'), after: join(dir, 'after') });
      const delta = await semanticDiff(change);
      expect(delta.verdict).toBe(fixture.verdict);
      for (const expected of fixture.changes ?? []) {
        const hit = delta.behaviorChanges.find(
          (c) =>
            c.file === expected.file && c.side === 'after' && c.line <= expected.line && expected.line <= c.endLine,
        );
        expect(hit, `${expected.file}:${expected.line} in ${JSON.stringify(delta.behaviorChanges)}`).toBeDefined();
      }
    });
  }
});
