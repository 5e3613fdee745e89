import { describe, expect, it } from 'vitest';
import type { ImportGraph } from './ImportGraph.js';
import { chainTo, reachFrom } from './shortestChains.js';

function graphOf(edges: Record<string, string[]>): ImportGraph {
  const files = [...new Set([...Object.keys(edges), ...Object.values(edges).flat()])].sort();
  return {
    files,
    imports: new Map(Object.entries(edges)),
    specifiers: new Map(),
    parsedCount: 0,
    recovered: [],
    resolveFrom: () => undefined,
    isPublic: () => false,
  };
}

describe('shortest import chains from entry points', () => {
  it('finds the shortest chain, not the first one found depth-first', () => {
    const graph = graphOf({ entry: ['a', 'target'], a: ['b'], b: ['target'] });
    expect(chainTo(reachFrom(graph, ['entry']), 'target')).toEqual(['entry', 'target']);
  });

  it('searches from every entry point at once and keeps the closest', () => {
    const graph = graphOf({ e1: ['a'], a: ['b'], b: ['target'], e2: ['target'] });
    expect(chainTo(reachFrom(graph, ['e1', 'e2']), 'target')).toEqual(['e2', 'target']);
  });

  it('breaks ties by entry order, then by import path order', () => {
    const byEntry = graphOf({ e1: ['x'], x: ['target'], e2: ['y'], y: ['target'] });
    expect(chainTo(reachFrom(byEntry, ['e1', 'e2']), 'target')).toEqual(['e1', 'x', 'target']);
    const byImport = graphOf({ e1: ['x', 'y'], x: ['target'], y: ['target'] });
    expect(chainTo(reachFrom(byImport, ['e1']), 'target')).toEqual(['e1', 'x', 'target']);
  });

  it('terminates on cycles', () => {
    const graph = graphOf({ entry: ['a'], a: ['b'], b: ['a', 'c'], c: ['entry'] });
    expect(chainTo(reachFrom(graph, ['entry']), 'c')).toEqual(['entry', 'a', 'b', 'c']);
  });

  it('gives an entry point a chain of itself, and unreached files none', () => {
    const reach = reachFrom(graphOf({ entry: ['a'], other: ['b'] }), ['entry', 'missing']);
    expect(chainTo(reach, 'entry')).toEqual(['entry']);
    expect(chainTo(reach, 'b')).toBeUndefined();
    expect(chainTo(reach, 'missing')).toBeUndefined();
  });
});
