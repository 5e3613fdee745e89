import { describe, expect, it } from 'vitest';
import { MemoryTree } from '../../test/support/MemoryTree.js';
import { buildImportGraph } from './ImportGraph.js';

/** The files `from` imports at runtime, after resolution inside the tree. */
async function importsOf(files: Record<string, string>, from: string): Promise<readonly string[]> {
  const graph = await buildImportGraph(new MemoryTree(files));
  return graph.imports.get(from) ?? [];
}

const json = (value: unknown) => JSON.stringify(value);

describe('relative specifiers', () => {
  it('probes extensions and index files', async () => {
    const files = {
      'src/a.ts': "import './b'; import './dir'; import './data.json'; import './view';",
      'src/b.ts': '',
      'src/dir/index.ts': '',
      'src/data.json': '{}',
      'src/view.tsx': '',
    };
    expect(await importsOf(files, 'src/a.ts')).toEqual([
      'src/b.ts',
      'src/data.json',
      'src/dir/index.ts',
      'src/view.tsx',
    ]);
  });

  it('maps ESM .js, .mjs, .cjs and .jsx specifiers to the TypeScript files they are emitted from', async () => {
    const files = {
      'src/a.ts': "import './b.js'; import './c.mjs'; import './d.cjs'; import './e.jsx';",
      'src/b.ts': '',
      'src/c.mts': '',
      'src/d.cts': '',
      'src/e.tsx': '',
    };
    expect(await importsOf(files, 'src/a.ts')).toEqual(['src/b.ts', 'src/c.mts', 'src/d.cts', 'src/e.tsx']);
  });

  it('keeps a .js specifier on the .js file when no TypeScript source exists', async () => {
    expect(await importsOf({ 'a.js': "import './b.js';", 'b.js': '' }, 'a.js')).toEqual(['b.js']);
  });

  it('resolves parent directories and adds no edge for paths that leave the tree or do not exist', async () => {
    const files = { 'src/deep/a.ts': "import '../b'; import '../../../outside'; import './missing';", 'src/b.ts': '' };
    expect(await importsOf(files, 'src/deep/a.ts')).toEqual(['src/b.ts']);
  });

  it('follows a directory package.json main', async () => {
    const files = { 'a.ts': "import './lib';", 'lib/package.json': json({ main: 'entry.js' }), 'lib/entry.ts': '' };
    expect(await importsOf(files, 'a.ts')).toEqual(['lib/entry.ts']);
  });
});

describe('external specifiers', () => {
  it('adds no edge for node builtins, npm packages, absolute paths and URLs', async () => {
    const files = {
      'a.ts':
        "import 'node:fs'; import 'fs'; import 'react'; import '@scope/pkg'; import '/abs'; import 'https://x.test/m.js';",
    };
    expect(await importsOf(files, 'a.ts')).toEqual([]);
  });
});

describe('tsconfig paths and baseUrl', () => {
  it('resolves a wildcard alias with the .js-to-.ts rule', async () => {
    const files = {
      'tsconfig.json': '{ // comment\n "compilerOptions": { "paths": { "@lib/*": ["src/lib/*"] }, }, }',
      'src/a.ts': "import '@lib/index.js';",
      'src/lib/index.ts': '',
    };
    expect(await importsOf(files, 'src/a.ts')).toEqual(['src/lib/index.ts']);
  });

  it('tries substitutions in order and takes the first that exists', async () => {
    const files = {
      'tsconfig.json': json({ compilerOptions: { paths: { '~/*': ['generated/*', 'src/*'] } } }),
      'a.ts': "import '~/x';",
      'src/x.ts': '',
    };
    expect(await importsOf(files, 'a.ts')).toEqual(['src/x.ts']);
  });

  it('prefers an exact pattern, then the longest prefix', async () => {
    const paths = { '@app/*': ['src/*'], '@app/core/*': ['core/*'], '@app/main': ['main.ts'] };
    const files = {
      'tsconfig.json': json({ compilerOptions: { paths } }),
      'a.ts': "import '@app/core/x'; import '@app/main';",
      'core/x.ts': '',
      'src/core/x.ts': '',
      'main.ts': '',
      'src/main.ts': '',
    };
    expect(await importsOf(files, 'a.ts')).toEqual(['core/x.ts', 'main.ts']);
  });

  it('resolves bare specifiers from baseUrl', async () => {
    const files = {
      'tsconfig.json': json({ compilerOptions: { baseUrl: 'src' } }),
      'src/a.ts': "import 'lib/x';",
      'src/lib/x.ts': '',
    };
    expect(await importsOf(files, 'src/a.ts')).toEqual(['src/lib/x.ts']);
  });

  it('inherits paths through a relative extends chain, relative to the config that declares them', async () => {
    const files = {
      'config/tsconfig.base.json': json({ compilerOptions: { paths: { '@shared/*': ['../shared/*'] } } }),
      'app/tsconfig.json': json({ extends: '../config/tsconfig.base' }),
      'app/a.ts': "import '@shared/x';",
      'shared/x.ts': '',
    };
    expect(await importsOf(files, 'app/a.ts')).toEqual(['shared/x.ts']);
  });

  it('reads the configDir token as the directory of the config that extends', async () => {
    const files = {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: tsconfig's literal token.
      'tsconfig.base.json': json({ compilerOptions: { paths: { '#src/*': ['${configDir}/src/*'] } } }),
      'apps/web/tsconfig.json': json({ extends: ['../../tsconfig.base.json'] }),
      'apps/web/src/a.ts': "import '#src/b';",
      'apps/web/src/b.ts': '',
    };
    expect(await importsOf(files, 'apps/web/src/a.ts')).toEqual(['apps/web/src/b.ts']);
  });

  it('uses the closest tsconfig above each file, and jsconfig where there is no tsconfig', async () => {
    const files = {
      'tsconfig.json': json({ compilerOptions: { paths: { '@x': ['root-x.ts'] } } }),
      'pkg/jsconfig.json': json({ compilerOptions: { paths: { '@x': ['pkg-x.js'] } } }),
      'a.ts': "import '@x';",
      'pkg/src/b.js': "import '@x';",
      'root-x.ts': '',
      'pkg/pkg-x.js': '',
    };
    const graph = await buildImportGraph(new MemoryTree(files));
    expect(graph.imports.get('a.ts')).toEqual(['root-x.ts']);
    expect(graph.imports.get('pkg/src/b.js')).toEqual(['pkg/pkg-x.js']);
  });

  it('survives an extends cycle and an unparsable config', async () => {
    const files = {
      'tsconfig.json': json({ extends: './b.json', compilerOptions: { baseUrl: '.' } }),
      'b.json': json({ extends: './tsconfig.json' }),
      'pkg/tsconfig.json': '{ not json',
      'a.ts': "import 'x';",
      'x.ts': '',
      'pkg/c.ts': "import './d';",
      'pkg/d.ts': '',
    };
    const graph = await buildImportGraph(new MemoryTree(files));
    expect(graph.imports.get('a.ts')).toEqual(['x.ts']);
    expect(graph.imports.get('pkg/c.ts')).toEqual(['pkg/d.ts']);
  });
});

describe('workspace packages', () => {
  const workspace = {
    'package.json': json({ name: 'root', workspaces: ['packages/*'] }),
    'packages/lib/package.json': json({
      name: '@acme/lib',
      exports: {
        '.': { types: './dist/index.d.ts', import: './dist/index.js', require: './dist/index.cjs' },
        './features/*': './dist/features/*.js',
        './internal/*': null,
      },
      imports: { '#internal/*': './src/internal/*.ts', '#dep': 'plain-dep' },
    }),
    'packages/lib/src/index.ts': "import '#internal/clock'; import '#dep';",
    'packages/lib/src/internal/clock.ts': '',
    'packages/lib/src/features/flag.ts': '',
    'packages/old/package.json': json({ name: 'old-style', main: 'lib/main.js' }),
    'packages/old/src/main.ts': '',
    'packages/bare/package.json': json({ name: 'bare' }),
    'packages/bare/index.js': '',
    'packages/bare/extra.js': '',
  };

  it('maps exports into dist back to the sources in src, ignoring types', async () => {
    const files = { ...workspace, 'app.ts': "import '@acme/lib';" };
    expect(await importsOf(files, 'app.ts')).toEqual(['packages/lib/src/index.ts']);
  });

  it('resolves exports subpath patterns and leaves null-mapped subpaths unresolved', async () => {
    const files = { ...workspace, 'app.ts': "import '@acme/lib/features/flag'; import '@acme/lib/internal/clock';" };
    expect(await importsOf(files, 'app.ts')).toEqual(['packages/lib/src/features/flag.ts']);
  });

  it('resolves #imports within the package scope; a bare target outside the workspace is external', async () => {
    expect(await importsOf(workspace, 'packages/lib/src/index.ts')).toEqual(['packages/lib/src/internal/clock.ts']);
  });

  it('falls back to main, then index, then the subpath itself when there are no exports', async () => {
    const files = { ...workspace, 'app.ts': "import 'old-style'; import 'bare'; import 'bare/extra';" };
    expect(await importsOf(files, 'app.ts')).toEqual([
      'packages/bare/extra.js',
      'packages/bare/index.js',
      'packages/old/src/main.ts',
    ]);
  });

  it('lets a condition listed first win: import before require', async () => {
    const files = {
      'p/package.json': json({ name: 'p', exports: { require: './cjs.js', import: './esm.js' } }),
      'p/cjs.js': '',
      'p/esm.js': '',
      'app.ts': "import 'p';",
    };
    expect(await importsOf(files, 'app.ts')).toEqual(['p/cjs.js']);
  });
});
