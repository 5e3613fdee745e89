import { describe, expect, it } from 'vitest';
import { MemoryTree } from '../../test/support/MemoryTree.js';
import { buildImportGraph } from './ImportGraph.js';

describe('building the import graph of a tree', () => {
  it('reads every source and config in one readMany batch', async () => {
    const tree = new MemoryTree({
      'tsconfig.json': '{}',
      'package.json': '{"name":"app"}',
      'src/a.ts': "import './b.js';",
      'src/b.ts': "import './c.js';",
      'src/c.ts': '',
    });
    const graph = await buildImportGraph(tree);
    expect(tree.readManyCalls).toBe(1);
    expect(tree.readCalls).toEqual([]);
    expect(graph.parsedCount).toBe(3);
    expect([...graph.imports]).toEqual([
      ['src/a.ts', ['src/b.ts']],
      ['src/b.ts', ['src/c.ts']],
    ]);
  });

  it('keeps cycles as edges both ways and drops self-imports', async () => {
    const tree = new MemoryTree({ 'a.ts': "import './b'; import './a';", 'b.ts': "import './a';" });
    const graph = await buildImportGraph(tree);
    expect(graph.imports.get('a.ts')).toEqual(['b.ts']);
    expect(graph.imports.get('b.ts')).toEqual(['a.ts']);
  });

  it('parses neither declaration files nor node_modules', async () => {
    const tree = new MemoryTree({
      'types.d.ts': "import './a';",
      'node_modules/x/index.js': "import '../../a';",
      'a.ts': '',
    });
    const graph = await buildImportGraph(tree);
    expect(graph.parsedCount).toBe(1);
    expect(graph.imports.size).toBe(0);
  });

  it('parses only the given files when asked, still resolving against the whole tree', async () => {
    const tree = new MemoryTree({ 'a.ts': "import './b';", 'b.ts': "import './c';", 'c.ts': '' });
    const graph = await buildImportGraph(tree, { only: ['a.ts'] });
    expect([...graph.imports]).toEqual([['a.ts', ['b.ts']]]);
    expect(graph.files).toEqual(['a.ts', 'b.ts', 'c.ts']);
  });

  it('marks files with syntax errors as recovered and still records their edges', async () => {
    const tree = new MemoryTree({ 'a.ts': "import './b';\nconst = ;\nimport './c';", 'b.ts': '', 'c.ts': '' });
    const graph = await buildImportGraph(tree);
    expect(graph.recovered).toEqual(['a.ts']);
    expect(graph.imports.get('a.ts')).toEqual(['b.ts', 'c.ts']);
  });

  it('reuses specifiers known from identical contents instead of reading and parsing those files', async () => {
    const tree = new MemoryTree({ 'a.ts': "import './b';", 'b.ts': "import './c';", 'c.ts': '' });
    const graph = await buildImportGraph(tree, { knownSpecifiers: new Map([['a.ts', ['./c']]]) });
    expect(tree.readManyPaths).toEqual(['b.ts', 'c.ts']);
    expect(graph.parsedCount).toBe(2);
    expect(graph.imports.get('a.ts')).toEqual(['c.ts']);
    expect(graph.specifiers.get('b.ts')).toEqual(['./c']);
  });

  it('tells which files importers outside the tree can load: entries of published packages', async () => {
    const tree = new MemoryTree({
      'package.json': '{"name":"app","private":true,"main":"server.js"}',
      'server.ts': '',
      'packages/keys/package.json': JSON.stringify({
        name: '@acme/keys',
        exports: { '.': './dist/index.js', './derive': './dist/derive.js' },
      }),
      'packages/keys/src/index.ts': "export * from './derive.js';",
      'packages/keys/src/derive.ts': '',
      'packages/keys/src/private.ts': '',
      'packages/open/package.json': '{"name":"open","main":"index.js"}',
      'packages/open/deep/file.ts': '',
      'packages/wild/package.json': '{"name":"wild","exports":{"./x/*":"./x/*.js"}}',
      'packages/wild/x/a.ts': '',
    });
    const graph = await buildImportGraph(tree);
    const publicFiles = graph.files.filter((file) => graph.isPublic(file));
    expect(publicFiles.filter((file) => file.endsWith('.ts')).sort()).toEqual([
      'packages/keys/src/derive.ts',
      'packages/keys/src/index.ts',
      'packages/open/deep/file.ts',
      'packages/wild/x/a.ts',
    ]);
    expect(graph.resolveFrom('packages/keys/src/index.ts', './derive.js')).toBe('packages/keys/src/derive.ts');
    expect(graph.resolveFrom('server.ts', '@acme/keys/derive')).toBe('packages/keys/src/derive.ts');
  });
});
