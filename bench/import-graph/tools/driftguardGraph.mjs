import { buildImportGraph, readGitChange } from 'driftguard';
import { packageVersion } from '../packageVersion.mjs';

/**
 * Ours, graph only: the runtime import graph of the head tree, read from git objects. Reading the
 * change (the `git diff`) is outside the timing; reading the head tree's blobs is inside it.
 * @type {import('../measureTool.mjs').Tool}
 */
export default {
  label: 'driftguard: graph only',
  version: packageVersion('driftguard'),
  async measureOnce(tree) {
    const change = await readGitChange({ cwd: tree.root, base: tree.base, head: tree.head });
    try {
      const started = performance.now();
      const graph = await buildImportGraph(change.head);
      const ms = performance.now() - started;
      return { ms, counts: countGraph(graph) };
    } finally {
      await change.close?.();
    }
  },
};

/** @param {import('driftguard').ImportGraph} graph */
function countGraph(graph) {
  let runtimeEdges = 0;
  for (const targets of graph.imports.values()) runtimeEdges += targets.length;
  return { modules: graph.parsedCount, runtimeEdges, recovered: graph.recovered.length };
}
