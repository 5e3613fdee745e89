// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are TypeScript sources under test
import { describe, expect, it } from 'vitest';
import { semanticDiff } from '../src/index.js';
import { memoryChange } from './support/memoryChange.js';

const ORDER_BEFORE = {
  'src/orderKey.ts': [
    "import { createHash } from 'node:crypto';",
    'function digest(s: string) { return createHash("sha256").update(s).digest("hex") }',
    'export function deriveOrderKey(c: string, n: number) {',
    '  const k = `${c}:${n}`;',
    '  return digest(k);',
    '}',
    '',
  ].join('\n'),
  'src/limits.ts':
    'export function backoff(a: number) {\n  return capped(100 * 2 ** a);\n}\nfunction capped(ms: number) { return Math.min(ms, 30_000) }\n',
  'README.md': '# orders\n',
};

const ORDER_AFTER = {
  'src/orderKey.ts': [
    "import { createHash } from 'node:crypto';",
    '',
    '/** Hex SHA-256 of a string. */',
    'function sha256Hex(input: string): string {',
    "  return createHash('sha256').update(input).digest('hex');",
    '}',
    '',
    'export function deriveOrderKey(customerId: string, orderNumber: number): string {',
    '  const key = `${customerId}:${orderNumber}`;',
    '  return sha256Hex(key);',
    '}',
    '',
  ].join('\n'),
  'src/limits.ts':
    "import { capped } from './cap.js';\n\nexport function backoff(attempt: number): number {\n  return capped(100 * 2 ** attempt);\n}\n",
  'src/cap.ts': 'export function capped(ms: number): number {\n  return Math.min(ms, 30000);\n}\n',
  'README.md': '# orders, reformatted\n',
};

describe('semanticDiff over a tree', () => {
  it('identical trees are identical', async () => {
    const { change } = memoryChange(ORDER_BEFORE, ORDER_BEFORE);
    expect(await semanticDiff(change)).toEqual({
      verdict: 'identical',
      behaviorChanges: [],
      refactorings: [],
      unsupported: [],
      testChanges: [],
    });
  });

  it('a reformatted, renamed and split tree is refactor-only with each refactoring listed', async () => {
    const { change } = memoryChange(ORDER_BEFORE, ORDER_AFTER);
    const delta = await semanticDiff(change);
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.verdict).toBe('refactor-only');
    const kinds = delta.refactorings.map((r) => `${r.file} ${r.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['src/orderKey.ts rename', 'src/orderKey.ts type-only', 'src/cap.ts move']),
    );
  });

  it('one changed operator among the refactorings flips the verdict and points at its line', async () => {
    const after = {
      ...ORDER_AFTER,
      'src/orderKey.ts': ORDER_AFTER['src/orderKey.ts'].replace(
        '`${customerId}:${orderNumber}`',
        '`${customerId}-${orderNumber}`',
      ),
    };
    const { change } = memoryChange(ORDER_BEFORE, after);
    const delta = await semanticDiff(change);
    expect(delta.verdict).toBe('behavior-change');
    expect(delta.behaviorChanges).toEqual([
      expect.objectContaining({
        file: 'src/orderKey.ts',
        line: 9,
        endLine: 9,
        side: 'after',
        symbol: 'deriveOrderKey',
      }),
    ]);
    expect(delta.behaviorChanges[0]?.summary).toBe(
      'template literal `${c}:${n}` became `${customerId}-${orderNumber}` in deriveOrderKey',
    );
  });

  it('a moved declaration whose body changed is a behavior change', async () => {
    const after = { ...ORDER_AFTER, 'src/cap.ts': ORDER_AFTER['src/cap.ts'].replace('30000', '3000') };
    const delta = await semanticDiff(memoryChange(ORDER_BEFORE, after).change);
    expect(delta.verdict).toBe('behavior-change');
  });

  it('a move into a module that runs code when loaded is not proven', async () => {
    const after = { ...ORDER_AFTER, 'src/cap.ts': `console.log('loaded');\n${ORDER_AFTER['src/cap.ts']}` };
    const delta = await semanticDiff(memoryChange(ORDER_BEFORE, after).change);
    expect(delta.verdict).toBe('behavior-change');
  });

  it('an expression extracted into a new module is extract-function, and a change inside it is located there', async () => {
    const before = { 'src/tax.ts': 'export function line(a: number, r: number) {\n  return Math.round(a * r);\n}\n' };
    const after = {
      'src/tax.ts':
        "import { taxFor } from './taxFor.js';\nexport function line(a: number, r: number) {\n  return taxFor(a, r);\n}\n",
      'src/taxFor.ts':
        'export function taxFor(amount: number, rate: number) {\n  return Math.round(amount * rate);\n}\n',
    };
    const proven = await semanticDiff(memoryChange(before, after).change);
    expect(proven.behaviorChanges).toEqual([]);
    expect(proven.refactorings.map((r) => r.kind)).toContain('extract-function');
    const changed = { ...after, 'src/taxFor.ts': after['src/taxFor.ts'].replace('round', 'floor') };
    const delta = await semanticDiff(memoryChange(before, changed).change);
    expect(delta.behaviorChanges).toEqual([expect.objectContaining({ file: 'src/taxFor.ts', line: 2, side: 'after' })]);
  });

  it('a file that does not parse is reported, not crashed on', async () => {
    const delta = await semanticDiff(
      memoryChange({ 'a.ts': 'export const a = 1;' }, { 'a.ts': 'export const a = ;' }).change,
    );
    expect(delta.behaviorChanges).toEqual([expect.objectContaining({ file: 'a.ts', reason: 'parse-error', line: 1 })]);
  });

  it('a file that is not TS/JS is listed as unsupported and decides the verdict', async () => {
    const delta = await semanticDiff(memoryChange({ 'db/001.sql': 'select 1;' }, { 'db/001.sql': 'select 2;' }).change);
    expect(delta.unsupported).toEqual([{ file: 'db/001.sql', reason: 'not TS/JS' }]);
    expect(delta.verdict).toBe('behavior-change');
  });

  it('ignored files are left out: docs by default, any glob by option', async () => {
    const { change } = memoryChange({ 'docs/a.txt': 'a', 'x.sql': '1' }, { 'docs/a.txt': 'b', 'x.sql': '2' });
    expect((await semanticDiff(change)).unsupported).toEqual([{ file: 'x.sql', reason: 'not TS/JS' }]);
    expect((await semanticDiff(change, { ignore: ['**/*.sql', 'docs/**'] })).verdict).toBe('identical');
  });

  it('an added module is a behavior change', async () => {
    const delta = await semanticDiff(memoryChange({}, { 'a.ts': 'export const a = 1;\n' }).change);
    expect(delta.verdict).toBe('behavior-change');
  });
});
