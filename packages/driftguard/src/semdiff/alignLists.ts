import { alignBySimilarity } from './alignBySimilarity.js';
import type { CanonicalNode } from './canonicalTree.js';
import { treeOverlap } from './treeOverlap.js';

/**
 * Pairs the items of two canonical lists in order: only items of one kind (equal labels), preferring
 * pairs that share more subtrees, so an inserted `const` is not paired with the `const` after it.
 */
export function alignLists(before: readonly CanonicalNode[], after: readonly CanonicalNode[]): [number, number][] {
  return alignBySimilarity(before, after, (b, a) => (b.label === a.label ? 0.5 + 0.5 * treeOverlap(b, a) : 0));
}
