import madge from 'madge';
import { packageVersion } from '../packageVersion.mjs';

/**
 * madge through its API, with the tree's tsconfig and `import type` skipped (as ours does). madge
 * resolves `paths` without a `baseUrl` against the process's working directory, so it runs from the
 * tree's root (as every tool here does).
 * @type {import('../measureTool.mjs').Tool}
 */
export default {
  label: 'madge',
  version: packageVersion('madge'),
  async measureOnce(tree) {
    const started = performance.now();
    const result = await madge('src', {
      baseDir: tree.root,
      fileExtensions: ['ts'],
      tsConfig: 'tsconfig.json',
      detectiveOptions: { ts: { skipTypeImports: true, skipAsyncImports: false } },
    });
    const graph = result.obj();
    const ms = performance.now() - started;
    const modules = Object.keys(graph);
    const runtimeEdges = modules.reduce((sum, path) => sum + new Set(graph[path]).size, 0);
    return { ms, counts: { modules: modules.length, runtimeEdges, unresolved: [...result.warnings().skipped].sort() } };
  },
};
