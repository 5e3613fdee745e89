import type { ImportGraph } from './ImportGraph.js';

/** For every file some entry point reaches: the file it was first reached from (null for an entry point). */
export type Reach = ReadonlyMap<string, string | null>;

/**
 * Breadth-first search from all `entryPoints` at once, so each reached file keeps a shortest chain.
 * Ties break deterministically: entry points in the order given, then imports in path order.
 * Cycles end the walk (a file is visited once). Entry points absent from the graph's files are skipped.
 */
export function reachFrom(graph: ImportGraph, entryPoints: readonly string[]): Reach {
  const known = new Set(graph.files);
  const parents = new Map<string, string | null>();
  const queue = [...new Set(entryPoints)].filter((entry) => known.has(entry));
  for (const entry of queue) parents.set(entry, null);
  for (let head = 0; head < queue.length; head++) {
    const file = queue[head] as string;
    for (const target of graph.imports.get(file) ?? []) {
      if (parents.has(target)) continue;
      parents.set(target, file);
      queue.push(target);
    }
  }
  return parents;
}

/** The chain from an entry point to `file`, entry first and `file` last; undefined when unreached. */
export function chainTo(reach: Reach, file: string): string[] | undefined {
  if (!reach.has(file)) return undefined;
  const chain = [file];
  for (let parent = reach.get(file); parent; parent = reach.get(parent)) chain.push(parent);
  return chain.reverse();
}
