import { describe, expect, it } from 'vitest';
import { memoryChange } from '../../test/support/memoryChange.js';
import { dependencyBumps, isLockfile, readDependencyBumps } from './dependencyBumps.js';

const manifest = (deps: Record<string, string>, devDependencies: Record<string, string> = {}) =>
  JSON.stringify({ name: 'x', scripts: { test: 'vitest' }, dependencies: deps, devDependencies });

describe('dependency bumps', () => {
  it('lists added, removed and re-ranged dependencies, not other manifest edits', () => {
    const before = manifest({ zod: '^3.23.8', picomatch: '^4.0.0' }, { vitest: '^3.0.0' });
    const after = manifest({ zod: '^4.0.0', marked: '^18.0.0' }, { vitest: '^3.0.0' }).replace(
      'vitest"}',
      'vitest run"}',
    );
    expect(dependencyBumps('package.json', before, after)).toEqual([
      { file: 'package.json', name: 'marked', field: 'dependencies', to: '^18.0.0' },
      { file: 'package.json', name: 'picomatch', field: 'dependencies', from: '^4.0.0' },
      { file: 'package.json', name: 'zod', field: 'dependencies', from: '^3.23.8', to: '^4.0.0' },
    ]);
    expect(dependencyBumps('package.json', before, before.replace('"x"', '"y"'))).toEqual([]);
  });

  it('reads a broken or missing manifest as declaring nothing', () => {
    expect(dependencyBumps('package.json', '{ broken', manifest({ zod: '^4.0.0' }))).toHaveLength(1);
    expect(dependencyBumps('package.json', undefined, undefined)).toEqual([]);
  });

  it('reads every changed package.json from both trees of a change', async () => {
    const { change } = memoryChange(
      { 'package.json': manifest({ zod: '^3.0.0' }), 'packages/a/package.json': manifest({}), 'src/a.ts': 'x' },
      {
        'package.json': manifest({ zod: '^4.0.0' }),
        'packages/a/package.json': manifest({ pg: '^8.0.0' }),
        'src/a.ts': 'y',
      },
    );
    expect((await readDependencyBumps(change)).map((bump) => `${bump.file} ${bump.name}`)).toEqual([
      'package.json zod',
      'packages/a/package.json pg',
    ]);
  });

  it('knows lockfiles wherever they sit', () => {
    expect(['package-lock.json', 'apps/web/pnpm-lock.yaml', 'yarn.lock', 'bun.lockb'].every(isLockfile)).toBe(true);
    expect(isLockfile('src/lockfile.ts')).toBe(false);
  });
});
