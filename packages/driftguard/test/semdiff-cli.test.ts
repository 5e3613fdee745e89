import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from './support/captureCli.js';

const cli = captureCli;

function twoFiles(before: string, after: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'semdiff-cli-'));
  writeFileSync(join(dir, 'before.ts'), before);
  writeFileSync(join(dir, 'after.ts'), after);
  return dir;
}

describe('driftguard semdiff', () => {
  it('prints the JSON contract for two files: keys in order, 2-space indent, trailing newline, exit 0', async () => {
    const dir = twoFiles('export const ok = (n) => n < 3;\n', 'export const ok = (n) => n <= 3;\n');
    const run = await cli(['semdiff', '--json', 'before.ts', 'after.ts'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(run.stdout);
    expect(Object.keys(parsed)).toEqual(['verdict', 'behaviorChanges', 'refactorings', 'unsupported']);
    expect(Object.keys(parsed.behaviorChanges[0])).toEqual([
      'file',
      'line',
      'endLine',
      'side',
      'symbol',
      'summary',
      'reason',
    ]);
    expect(run.stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.behaviorChanges[0]).toMatchObject({
      file: 'after.ts',
      line: 1,
      symbol: 'ok',
      summary: 'operator < became <= in ok',
    });
  });

  it('prints behavior changes first with a code frame, and refactorings one line each', async () => {
    const dir = twoFiles(
      'export function f(a) {\n  return a < 1;\n}\n',
      'export function f(input) {\n  return input <= 1;\n}\n',
    );
    const run = await cli(['semdiff', 'before.ts', 'after.ts'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('semdiff: behavior-change');
    expect(run.stdout).toContain('after.ts:2  operator < became <= in f');
    expect(run.stdout).toContain('> 2 |   return input <= 1;');
    expect(run.stdout.indexOf('Behavior changes')).toBeLessThan(run.stdout.indexOf('Refactorings'));
    expect(run.stdout).toMatch(/rename {2}after\.ts:1 {2}renamed a → input/);
  });

  it('reads semdiff.ignore from the config: an ignored file is left out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'semdiff-cli-'));
    for (const side of ['before', 'after']) {
      mkdirSync(join(root, side));
      writeFileSync(join(root, side, 'schema.sql'), `select ${side};\n`);
    }
    const config = join(mkdtempSync(join(tmpdir(), 'semdiff-config-')), 'driftguard.config.json');
    writeFileSync(config, JSON.stringify({ risks: {}, semdiff: { ignore: ['**/*.sql'] } }));
    const listed = JSON.parse((await cli(['semdiff', '--json', 'before', 'after'], root)).stdout);
    expect(listed.unsupported).toEqual([{ file: 'schema.sql', reason: 'not TS/JS' }]);
    const ignored = JSON.parse((await cli(['semdiff', '--json', '--config', config, 'before', 'after'], root)).stdout);
    expect(ignored).toEqual({ verdict: 'identical', behaviorChanges: [], refactorings: [], unsupported: [] });
  });

  it('keeps test code out of the verdict and out of the contract, unless --tests asks for it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'semdiff-tests-'));
    for (const side of ['before', 'after']) {
      mkdirSync(join(root, side));
      writeFileSync(join(root, side, 'order.test.ts'), `export const title = '${side}';\n`);
    }
    const plain = JSON.parse((await cli(['semdiff', '--json', 'before', 'after'], root)).stdout);
    expect(plain).toEqual({ verdict: 'refactor-only', behaviorChanges: [], refactorings: [], unsupported: [] });
    const withTests = JSON.parse((await cli(['semdiff', '--json', '--tests', 'before', 'after'], root)).stdout);
    expect(Object.keys(withTests)).toEqual([
      'verdict',
      'behaviorChanges',
      'refactorings',
      'unsupported',
      'testChanges',
    ]);
    expect(withTests.testChanges).toEqual([expect.objectContaining({ file: 'order.test.ts', line: 1 })]);
  });

  it('exits 2 with one line for a missing path', async () => {
    const dir = twoFiles('', '');
    const run = await cli(['semdiff', '--json', 'missing.ts', 'after.ts'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.ts');
  });
});
