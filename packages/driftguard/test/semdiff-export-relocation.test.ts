// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are TypeScript sources under test
import { describe, expect, it } from 'vitest';
import { semanticDiff } from '../src/index.js';
import { memoryChange } from './support/memoryChange.js';

const KEYS_BEFORE = [
  "import { createHash } from 'node:crypto';",
  'export function deriveKey(customer: string, n: number): string {',
  "  return createHash('sha256').update(`${customer}:${n}`).digest('hex');",
  '}',
  '',
].join('\n');
const KEYS_AFTER = KEYS_BEFORE.replace('deriveKey', 'deriveOrderKey');
const ORDERS_BEFORE = [
  "import { deriveKey } from './keys.js';",
  'export function createOrder(customer: string, n: number) {',
  '  return { key: deriveKey(customer, n) };',
  '}',
  '',
].join('\n');
const ORDERS_AFTER = ORDERS_BEFORE.replaceAll('deriveKey', 'deriveOrderKey');
const UNRELATED = "import { other } from './util.js';\nexport const x = other();\n";
const UTIL = 'export function other() { return 1; }\n';

function tree(keys: string, orders: string, extra: Record<string, string> = {}) {
  return { 'src/keys.ts': keys, 'src/orders.ts': orders, 'src/util.ts': UTIL, 'src/x.ts': UNRELATED, ...extra };
}

describe('renames of exported symbols', () => {
  it('proves a rename when every importer in the tree is updated', async () => {
    const app = { 'package.json': '{"name":"orders-app","private":true,"main":"src/x.js"}' };
    const { change } = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE, app), tree(KEYS_AFTER, ORDERS_AFTER, app));
    const delta = await semanticDiff(change);
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.verdict).toBe('refactor-only');
    expect(delta.refactorings).toContainEqual(
      expect.objectContaining({
        kind: 'rename',
        file: 'src/keys.ts',
        summary: expect.stringContaining('deriveKey → deriveOrderKey (exported; 1 importer updated)'),
      }),
    );
  });

  it('proves it when the importer keeps its local name through an alias', async () => {
    const aliased = ORDERS_BEFORE.replace(
      "import { deriveKey } from './keys.js';",
      "import { deriveOrderKey as deriveKey } from './keys.js';",
    );
    const { change } = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE), tree(KEYS_AFTER, aliased));
    expect((await semanticDiff(change)).verdict).toBe('refactor-only');
  });

  it('is a behavior change when an unchanged file still imports the old name', async () => {
    const stale = { 'src/refunds.ts': "import { deriveKey } from './keys.js';\nexport const k = deriveKey('a', 1);\n" };
    const { change } = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE, stale), tree(KEYS_AFTER, ORDERS_AFTER, stale));
    const delta = await semanticDiff(change);
    expect(delta.verdict).toBe('behavior-change');
    expect(delta.behaviorChanges.map((c) => c.file)).toContain('src/keys.ts');
  });

  it('is a behavior change when an importer reads the module as a namespace', async () => {
    const ns = { 'src/all.ts': "import * as keys from './keys.js';\nexport const names = Object.keys(keys);\n" };
    const { change } = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE, ns), tree(KEYS_AFTER, ORDERS_AFTER, ns));
    expect((await semanticDiff(change)).verdict).toBe('behavior-change');
  });

  it('is a behavior change when a published package exposes the module (importers outside the repository)', async () => {
    const pkg = { 'package.json': JSON.stringify({ name: 'keys', exports: { '.': './src/keys.ts' } }) };
    const { change } = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE, pkg), tree(KEYS_AFTER, ORDERS_AFTER, pkg));
    expect((await semanticDiff(change)).verdict).toBe('behavior-change');
    const deep = { 'package.json': '{"name":"keys","main":"src/x.js"}' }; // no `exports`: deep imports reach every file
    const open = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE, deep), tree(KEYS_AFTER, ORDERS_AFTER, deep));
    expect((await semanticDiff(open.change)).verdict).toBe('behavior-change');
  });

  it('is a behavior change when the function name is observable', async () => {
    const byValue = ORDERS_AFTER.replace(
      'return { key: deriveOrderKey(customer, n) };',
      'return { key: deriveOrderKey(customer, n), by: deriveOrderKey };',
    );
    const byValueBefore = ORDERS_BEFORE.replace(
      'return { key: deriveKey(customer, n) };',
      'return { key: deriveKey(customer, n), by: deriveKey };',
    );
    const { change } = memoryChange(tree(KEYS_BEFORE, byValueBefore), tree(KEYS_AFTER, byValue));
    expect((await semanticDiff(change)).verdict).toBe('behavior-change');
  });

  it('proves a barrel that keeps its public name, and flags one that renames it', async () => {
    const barrel = (line: string) => ({ 'src/index.ts': `${line}\n` });
    const use = { 'src/use.ts': "import { deriveKey } from './index.js';\nexport const k = deriveKey('a', 1);\n" };
    const before = tree(KEYS_BEFORE, ORDERS_BEFORE, { ...barrel("export { deriveKey } from './keys.js';"), ...use });
    const kept = tree(KEYS_AFTER, ORDERS_AFTER, {
      ...barrel("export { deriveOrderKey as deriveKey } from './keys.js';"),
      ...use,
    });
    expect((await semanticDiff(memoryChange(before, kept).change)).verdict).toBe('refactor-only');
    const renamed = tree(KEYS_AFTER, ORDERS_AFTER, {
      ...barrel("export { deriveOrderKey } from './keys.js';"),
      ...use,
    });
    expect((await semanticDiff(memoryChange(before, renamed).change)).verdict).toBe('behavior-change');
  });

  it('still finds a behavior change hidden inside the renamed export', async () => {
    const changed = KEYS_AFTER.replace('`${customer}:${n}`', '`${customer}-${n}`');
    const { change } = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE), tree(changed, ORDERS_AFTER));
    const delta = await semanticDiff(change);
    expect(delta.verdict).toBe('behavior-change');
    expect(delta.behaviorChanges).toContainEqual(expect.objectContaining({ file: 'src/keys.ts', line: 3 }));
  });

  it('is a behavior change when an importer calls something else after the rename', async () => {
    const wrong = ORDERS_AFTER.replace('deriveOrderKey(customer, n)', 'deriveOrderKey(n.toString(), 0)');
    const { change } = memoryChange(tree(KEYS_BEFORE, ORDERS_BEFORE), tree(KEYS_AFTER, wrong));
    const delta = await semanticDiff(change);
    expect(delta.behaviorChanges).toContainEqual(expect.objectContaining({ file: 'src/orders.ts', line: 3 }));
  });
});

const SPLIT_KEYS_BEFORE = [
  "import { createHash } from 'node:crypto';",
  'export function deriveKey(customer: string, n: number): string {',
  "  return createHash('sha256').update(`${customer}:${n}`).digest('hex');",
  '}',
  'export function keyPrefix(): string {',
  "  return 'ord';",
  '}',
  '',
].join('\n');
const SPLIT_KEYS_AFTER = "export function keyPrefix(): string {\n  return 'ord';\n}\n";
const DERIVE = [
  "import { createHash } from 'node:crypto';",
  '',
  'export function deriveKey(customer: string, n: number): string {',
  "  return createHash('sha256').update(`${customer}:${n}`).digest('hex');",
  '}',
  '',
].join('\n');
const ORDERS_MOVED = ORDERS_BEFORE.replace("from './keys.js'", "from './derive.js'");

describe('moves of exported declarations', () => {
  it('proves a move when every importer now imports from the new file', async () => {
    const before = tree(SPLIT_KEYS_BEFORE, ORDERS_BEFORE);
    const after = tree(SPLIT_KEYS_AFTER, ORDERS_MOVED, { 'src/derive.ts': DERIVE });
    const delta = await semanticDiff(memoryChange(before, after).change);
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.refactorings).toContainEqual(
      expect.objectContaining({ kind: 'move', file: 'src/derive.ts', summary: 'moved deriveKey from src/keys.ts' }),
    );
  });

  it('proves a move behind a barrel that keeps exporting the name, importers untouched', async () => {
    const before = tree(SPLIT_KEYS_BEFORE, ORDERS_BEFORE);
    const barrel = `export { deriveKey } from './derive.js';\n${SPLIT_KEYS_AFTER}`;
    const after = tree(barrel, ORDERS_BEFORE, { 'src/derive.ts': DERIVE });
    expect((await semanticDiff(memoryChange(before, after).change)).verdict).toBe('refactor-only');
  });

  it('reports a change made on the way at its line in the new file', async () => {
    const before = tree(SPLIT_KEYS_BEFORE, ORDERS_BEFORE);
    const changed = DERIVE.replace('`${customer}:${n}`', '`${customer}${n}`');
    const after = tree(SPLIT_KEYS_AFTER, ORDERS_MOVED, { 'src/derive.ts': changed });
    const delta = await semanticDiff(memoryChange(before, after).change);
    expect(delta.verdict).toBe('behavior-change');
    expect(delta.behaviorChanges).toContainEqual(expect.objectContaining({ file: 'src/derive.ts', line: 4 }));
  });

  it('is a behavior change when an untouched importer still imports it from the old file', async () => {
    const stale = { 'src/refunds.ts': "import { deriveKey } from './keys.js';\nexport const k = deriveKey('a', 1);\n" };
    const before = tree(SPLIT_KEYS_BEFORE, ORDERS_BEFORE, stale);
    const after = tree(SPLIT_KEYS_AFTER, ORDERS_MOVED, { 'src/derive.ts': DERIVE, ...stale });
    expect((await semanticDiff(memoryChange(before, after).change)).verdict).toBe('behavior-change');
  });

  it('is a behavior change when the new file runs code as it loads', async () => {
    const before = tree(SPLIT_KEYS_BEFORE, ORDERS_BEFORE);
    const noisy = `${DERIVE}console.log('loaded');\n`;
    const after = tree(SPLIT_KEYS_AFTER, ORDERS_MOVED, { 'src/derive.ts': noisy });
    expect((await semanticDiff(memoryChange(before, after).change)).verdict).toBe('behavior-change');
  });
});

describe('constants a moved declaration takes along', () => {
  const keysBefore = [
    "import { createHash } from 'node:crypto';",
    "const ORDER_OPERATION = 'order.create';",
    'export function deriveOrderKey(customer: string): string {',
    "  return createHash('sha256').update(`${ORDER_OPERATION}:${customer}`).digest('hex');",
    '}',
    'export function keyPrefix(): string {',
    "  return 'ord';",
    '}',
    '',
  ].join('\n');
  const keysAfter = "export function keyPrefix(): string {\n  return 'ord';\n}\n";
  const derive = (operation: string) =>
    [
      "import { createHash } from 'node:crypto';",
      '',
      `const OPERATION = '${operation}';`,
      '',
      'export function deriveOrderKey(customer: string): string {',
      "  return createHash('sha256').update(`${OPERATION}:${customer}`).digest('hex');",
      '}',
      '',
    ].join('\n');
  const useBefore =
    "import { deriveOrderKey } from './keys.js';\nexport const key = (c: string) => deriveOrderKey(c);\n";
  const useAfter = useBefore.replace("'./keys.js'", "'./derive.js'");
  const before = { 'src/keys.ts': keysBefore, 'src/orders.ts': useBefore };

  it('pairs a renamed constant with the one it became: equal values make a proven move', async () => {
    const after = { 'src/keys.ts': keysAfter, 'src/derive.ts': derive('order.create'), 'src/orders.ts': useAfter };
    const delta = await semanticDiff(memoryChange(before, after).change);
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.refactorings).toContainEqual(
      expect.objectContaining({
        kind: 'move',
        file: 'src/derive.ts',
        summary: 'moved deriveOrderKey from src/keys.ts',
      }),
    );
  });

  it('reports one changed character in the constant at its line in the new file', async () => {
    const after = { 'src/keys.ts': keysAfter, 'src/derive.ts': derive('orders.create'), 'src/orders.ts': useAfter };
    const delta = await semanticDiff(memoryChange(before, after).change);
    expect(delta.behaviorChanges).toEqual([
      expect.objectContaining({
        file: 'src/derive.ts',
        line: 3,
        symbol: 'OPERATION',
        summary: "`'order.create'` became `'orders.create'` in OPERATION (moved from src/keys.ts)",
      }),
    ]);
  });

  it('says in one line why a move is not proven, and still reports what changed inside it', async () => {
    const stale = {
      'src/refunds.ts': "import { deriveOrderKey } from './keys.js';\nexport const r = deriveOrderKey('x');\n",
    };
    const after = {
      'src/keys.ts': keysAfter,
      'src/derive.ts': derive('orders.create'),
      'src/orders.ts': useAfter,
      ...stale,
    };
    const delta = await semanticDiff(memoryChange({ ...before, ...stale }, after).change);
    const inNewFile = delta.behaviorChanges.filter((change) => change.file === 'src/derive.ts');
    expect(inNewFile.map((change) => [change.line, change.reason])).toEqual([
      [3, 'changed'],
      [5, 'unproven'],
    ]);
    expect(inNewFile[1]?.summary).toBe(
      'deriveOrderKey moved from src/keys.ts, not proven: an importer the change leaves alone may still use deriveOrderKey',
    );
    expect(
      delta.behaviorChanges.some((change) => /declaration deriveOrderKey (added|removed)/.test(change.summary)),
    ).toBe(false);
  });
});
