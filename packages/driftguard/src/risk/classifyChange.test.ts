import { describe, expect, it } from 'vitest';
import { memoryChange } from '../../test/support/memoryChange.js';
import { type ConfigInput, validateConfig } from '../config/index.js';
import { classifyChange } from './classifyChange.js';

const config = (input: Partial<ConfigInput> & Pick<ConfigInput, 'risks'>) => validateConfig(input, 'test');

const payments = config({
  risks: {
    payments: { paths: ['src/payments/**'], exclude: ['**/*.test.ts'], entryPoints: ['src/orders/create.ts'] },
    search: { paths: ['src/search/**'] },
  },
  ignore: ['**/*.md'],
});

const app = {
  'src/orders/create.ts': "import { key } from '../lib/key.js';\nimport type { Money } from '../lib/money.js';",
  'src/lib/key.ts': "import { hash } from './hash.js';",
  'src/lib/hash.ts': '',
  'src/lib/money.ts': '',
  'src/reports/monthly.ts': "import '../lib/format.js';",
  'src/lib/format.ts': '',
  'src/payments/charge.ts': '',
  'src/payments/charge.test.ts': '',
  'README.md': '',
};

/** `app` with each named file's contents changed. */
const touched = (...paths: string[]) => ({
  ...app,
  ...Object.fromEntries(paths.map((p) => [p, `${app[p as keyof typeof app]}//`])),
});

describe('classifying a change by risk', () => {
  it('carries a risk down the shortest runtime import chain from an entry point', async () => {
    const { change } = memoryChange(app, touched('src/lib/hash.ts'));
    expect(await classifyChange(change, payments)).toEqual({
      schemaVersion: 1,
      highRisk: true,
      risks: ['payments'],
      files: [
        {
          path: 'src/lib/hash.ts',
          status: 'modified',
          risks: [
            {
              risk: 'payments',
              reason: 'import',
              chain: ['src/orders/create.ts', 'src/lib/key.ts', 'src/lib/hash.ts'],
            },
          ],
        },
      ],
    });
  });

  it('gives an entry point itself a one-file chain', async () => {
    const { change } = memoryChange(app, touched('src/orders/create.ts'));
    const [file] = (await classifyChange(change, payments)).files;
    expect(file?.risks).toEqual([{ risk: 'payments', reason: 'import', chain: ['src/orders/create.ts'] }]);
  });

  it('accepts an entry point written without its extension', async () => {
    const { change } = memoryChange(app, touched('src/lib/hash.ts'));
    const loose = config({ risks: { payments: { entryPoints: ['./src/orders/create'] } } });
    expect((await classifyChange(change, loose)).risks).toEqual(['payments']);
  });

  it('does not carry a risk through import type, nor to files only unrelated code imports', async () => {
    const { change } = memoryChange(app, touched('src/lib/money.ts', 'src/lib/format.ts'));
    const result = await classifyChange(change, payments);
    expect(result.highRisk).toBe(false);
    expect(result.risks).toEqual([]);
    expect(result.files.map((f) => [f.path, f.risks])).toEqual([
      ['src/lib/format.ts', []],
      ['src/lib/money.ts', []],
    ]);
  });

  it('applies path rules with their excludes, and leaves ignored files out', async () => {
    const { change } = memoryChange(app, touched('src/payments/charge.ts', 'src/payments/charge.test.ts', 'README.md'));
    const result = await classifyChange(change, payments);
    expect(result.files).toEqual([
      { path: 'src/payments/charge.test.ts', status: 'modified', risks: [] },
      {
        path: 'src/payments/charge.ts',
        status: 'modified',
        risks: [{ risk: 'payments', reason: 'path', pattern: 'src/payments/**' }],
      },
    ]);
  });

  it('judges a deleted file from the base graph', async () => {
    const { 'src/lib/hash.ts': _, ...withoutHash } = app;
    const after = { ...withoutHash, 'src/lib/key.ts': 'export const key = 1;' };
    const { change } = memoryChange(app, after);
    const deleted = (await classifyChange(change, payments)).files.find((f) => f.status === 'deleted');
    expect(deleted?.risks).toEqual([
      { risk: 'payments', reason: 'import', chain: ['src/orders/create.ts', 'src/lib/key.ts', 'src/lib/hash.ts'] },
    ]);
  });

  it('reads and parses only the changed files again for the base graph', async () => {
    const { 'src/lib/hash.ts': _, ...withoutHash } = app;
    const { change, base } = memoryChange(app, { ...withoutHash, 'src/lib/key.ts': '' });
    await classifyChange(change, payments);
    expect(base.readManyPaths.filter((path) => path.endsWith('.ts')).sort()).toEqual([
      'src/lib/hash.ts',
      'src/lib/key.ts',
    ]);
  });

  it('follows a renamed file at its head path through the head graph', async () => {
    const { 'src/lib/hash.ts': hash, ...rest } = app;
    const after = { ...rest, 'src/lib/digest.ts': hash, 'src/lib/key.ts': "import './digest.js';" };
    const { change } = memoryChange(app, after, [['src/lib/hash.ts', 'src/lib/digest.ts']]);
    const renamed = (await classifyChange(change, payments)).files.find((f) => f.status === 'renamed');
    expect(renamed).toEqual({
      path: 'src/lib/digest.ts',
      status: 'renamed',
      oldPath: 'src/lib/hash.ts',
      risks: [
        { risk: 'payments', reason: 'import', chain: ['src/orders/create.ts', 'src/lib/key.ts', 'src/lib/digest.ts'] },
      ],
    });
  });

  it('counts a rename out of a protected path', async () => {
    const { 'src/payments/charge.ts': charge, ...rest } = app;
    const { change } = memoryChange(app, { ...rest, 'src/billing/charge.ts': charge }, [
      ['src/payments/charge.ts', 'src/billing/charge.ts'],
    ]);
    const [file] = (await classifyChange(change, payments)).files;
    expect(file?.risks).toEqual([{ risk: 'payments', reason: 'path', pattern: 'src/payments/**' }]);
  });

  it('builds no import graph when no category has entry points', async () => {
    const { change, head } = memoryChange(app, touched('src/lib/hash.ts'));
    await classifyChange(change, config({ risks: { search: { paths: ['src/search/**'] } } }));
    expect(head.readManyCalls).toBe(0);
  });
});

describe('global triggers', () => {
  const monorepo = {
    ...app,
    'package.json': '{}',
    'package-lock.json': '{}',
    'services/a/package.json': '{"name":"a"}',
    'services/a/src/main.ts': "import '../../../src/lib/format.js';",
    'services/b/package.json': '{"name":"b"}',
    'services/b/src/main.ts': '',
    'services/c/package.json': '{"name":"c"}',
    'services/c/src/payments-adapter.ts': '',
  };
  const categories = config({
    risks: {
      inventory: { entryPoints: ['services/a/src/main.ts'] },
      payments: { paths: ['**/payments*'], entryPoints: ['src/orders/create.ts'] },
      reporting: { paths: ['src/reports/**'] },
      shipping: { paths: ['services/b/**'] },
    },
  });
  const globalsOf = async (...paths: string[]) => {
    const { change } = memoryChange(monorepo, { ...monorepo, ...Object.fromEntries(paths.map((p) => [p, '{"x":1}'])) });
    const result = await classifyChange(change, categories);
    return Object.fromEntries(
      result.files.map((f) => [f.path, f.risks.filter((r) => r.reason === 'global').map((r) => r.risk)]),
    );
  };

  it('marks every category for a root-level lockfile, saying why', async () => {
    const { change } = memoryChange(monorepo, { ...monorepo, 'package-lock.json': '{"lockfileVersion":3}' });
    const [file] = (await classifyChange(change, categories)).files;
    expect(file?.risks.map((r) => r.risk)).toEqual(['inventory', 'payments', 'reporting', 'shipping']);
    expect(file?.risks[0]).toEqual({
      risk: 'inventory',
      reason: 'global',
      trigger: 'package-lock.json',
      note: 'lockfile: resolved dependency versions reach every module in the repository',
    });
  });

  it('marks only the categories with something under a nested trigger', async () => {
    expect(await globalsOf('services/a/package.json', 'services/b/package.json', 'services/c/package.json')).toEqual({
      'services/a/package.json': ['inventory'],
      'services/b/package.json': ['shipping'],
      'services/c/package.json': ['payments'],
    });
  });

  it('marks a category whose entry points import modules under the trigger', async () => {
    const result = await globalsOf('src/lib/package.json');
    expect(result['src/lib/package.json']).toEqual(['inventory', 'payments']);
  });
});
