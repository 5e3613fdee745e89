// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are TypeScript sources under test
import { describe, expect, it } from 'vitest';
import { semanticDiff } from '../src/index.js';
import { memoryChange } from './support/memoryChange.js';

// A helper module that imports a package, split into two modules that import it: the shape of the
// incident's cleanup. Evaluating either new module loads only what the old one loaded.
const KEYS = [
  "import { hash } from 'hash-lib';",
  "const ORDER_OP = 'order.create';",
  "const CAPTURE_OP = 'payment.capture';",
  'export function orderId(key: string): string {',
  '  return `ord_${hash(ORDER_OP, key).slice(0, 22)}`;',
  '}',
  'export function captureKey(order: string): string {',
  '  return hash(CAPTURE_OP, order);',
  '}',
  '',
].join('\n');
const ORDER_ID = [
  "import { hash } from 'hash-lib';",
  "const OPERATION = 'order.create';",
  "const PREFIX = 'ord_';",
  'export function orderId(key: string): string {',
  '  return `${PREFIX}${hash(OPERATION, key).slice(0, 22)}`;',
  '}',
  '',
].join('\n');
const CAPTURE_KEY = [
  "import { hash } from 'hash-lib';",
  "const OPERATION = 'payment.capture';",
  'export function captureKey(order: string): string {',
  '  return hash(OPERATION, order);',
  '}',
  '',
].join('\n');
const PLACE_BEFORE = [
  "import { log } from './log.js';",
  "import { captureKey, orderId } from './keys.js';",
  'export function place(key: string) {',
  '  const id = orderId(key);',
  '  log(id);',
  '  return captureKey(id);',
  '}',
  '',
].join('\n');
const PLACE_AFTER = PLACE_BEFORE.replace(
  "import { captureKey, orderId } from './keys.js';",
  "import { captureKey } from './captureKey.js';\nimport { orderId } from './orderId.js';",
);
const LOG = 'export function log(line: string) { console.log(line); }\n';

const before = { 'src/keys.ts': KEYS, 'src/place.ts': PLACE_BEFORE, 'src/log.ts': LOG };
const after = (orderIdSource = ORDER_ID, extra: Record<string, string> = {}) => ({
  'src/orderId.ts': orderIdSource,
  'src/captureKey.ts': CAPTURE_KEY,
  'src/place.ts': PLACE_AFTER,
  'src/log.ts': LOG,
  ...extra,
});

describe('a helper module split in two', () => {
  it('proves both moves when the new modules load only the package the old one loaded', async () => {
    const delta = await semanticDiff(memoryChange(before, after()).change);
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.verdict).toBe('refactor-only');
    expect(delta.refactorings.filter((r) => r.kind === 'move').map((r) => r.summary)).toEqual([
      'moved captureKey from src/keys.ts',
      'moved orderId from src/keys.ts',
    ]);
  });

  it('finds a changed constant the moved function took along', async () => {
    const changed = ORDER_ID.replace("'order.create'", "'orders.create'");
    const delta = await semanticDiff(memoryChange(before, after(changed)).change);
    expect(delta.behaviorChanges).toEqual([
      expect.objectContaining({ file: 'src/orderId.ts', line: 2, summary: expect.stringContaining("'orders.create'") }),
    ]);
  });

  it('finds a named prefix whose value differs from the literal it replaced', async () => {
    const changed = ORDER_ID.replace("const PREFIX = 'ord_';", "const PREFIX = 'ord-';");
    const delta = await semanticDiff(memoryChange(before, after(changed)).change);
    expect(delta.verdict).toBe('behavior-change');
    expect(delta.behaviorChanges.map((c) => c.file)).toEqual(['src/orderId.ts']);
  });

  it('does not prove a move whose new module loads a module the old one did not', async () => {
    const extraImport = `import './telemetry.js';\n${ORDER_ID}`;
    const delta = await semanticDiff(
      memoryChange(before, after(extraImport, { 'src/telemetry.ts': 'console.log("loaded");\n' })).change,
    );
    expect(delta.verdict).toBe('behavior-change');
    expect(delta.behaviorChanges).toContainEqual(
      expect.objectContaining({ file: 'src/orderId.ts', symbol: 'orderId', reason: 'unproven' }),
    );
  });

  it('does not prove it when the new module runs code as it loads', async () => {
    const running = `${ORDER_ID}console.log('orderId loaded');\n`;
    const delta = await semanticDiff(memoryChange(before, after(running)).change);
    expect(delta.verdict).toBe('behavior-change');
  });

  it('lists differences in test files apart, without deciding the verdict', async () => {
    const test = (name: string) => `import { orderId } from './keys.js';\nexport const t = ['${name}', orderId];\n`;
    const delta = await semanticDiff(
      memoryChange(
        { ...before, 'src/keys.test.ts': test('names an order') },
        { ...before, 'src/keys.test.ts': test('names one order') },
      ).change,
    );
    expect(delta.verdict).toBe('refactor-only');
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.testChanges).toEqual([expect.objectContaining({ file: 'src/keys.test.ts', line: 2 })]);
  });

  it('a test glob can be narrowed so that a file is runtime code again', async () => {
    const change = memoryChange(
      { ...before, 'test/fixture.ts': 'export const n = 1;\n' },
      { ...before, 'test/fixture.ts': 'export const n = 2;\n' },
    ).change;
    expect((await semanticDiff(change)).verdict).toBe('refactor-only');
    expect((await semanticDiff(change, { tests: ['**/*.test.ts'] })).verdict).toBe('behavior-change');
  });
});

describe('a function moved to another file, a local constant inlined on the way', () => {
  const before = {
    'src/limits.ts': [
      'function depthOk(depth: number): boolean {',
      '  const max = 99;',
      '  return depth <= max;',
      '}',
      'export function check(depth: number) {',
      '  return depthOk(depth);',
      '}',
      '',
    ].join('\n'),
  };
  const after = (limit: number) => ({
    'src/limits.ts': [
      "import { depthOk } from './depthOk.js';",
      'export function check(depth: number) {',
      '  return depthOk(depth);',
      '}',
      '',
    ].join('\n'),
    'src/depthOk.ts': `export function depthOk(depth: number): boolean {\n  return depth <= ${limit};\n}\n`,
  });

  it('is a proven move', async () => {
    const delta = await semanticDiff(memoryChange(before, after(99)).change);
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.verdict).toBe('refactor-only');
  });

  it('with another value is a behavior change in the new file', async () => {
    const delta = await semanticDiff(memoryChange(before, after(98)).change);
    expect(delta.behaviorChanges).toEqual([expect.objectContaining({ file: 'src/depthOk.ts', line: 2 })]);
  });
});
