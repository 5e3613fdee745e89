import type { CanonicalNode } from './canonicalTree.js';

const MAX_SUBTREES = 400;
const subtreesOf = new WeakMap<CanonicalNode, Map<number, number>>();

/**
 * How much two canonical trees share: the Dice similarity of the multisets of their subtrees (by
 * hash-consed id), up to a bound on the subtrees read. 1 for equal trees, 0 when nothing is shared.
 */
export function treeOverlap(before: CanonicalNode, after: CanonicalNode): number {
  const b = subtrees(before);
  const a = subtrees(after);
  let shared = 0;
  let total = 0;
  for (const [id, count] of b) {
    shared += Math.min(count, a.get(id) ?? 0);
    total += count;
  }
  for (const count of a.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

function subtrees(root: CanonicalNode): Map<number, number> {
  const cached = subtreesOf.get(root);
  if (cached) return cached;
  const counts = new Map<number, number>();
  const stack = [root];
  for (let read = 0; stack.length > 0 && read < MAX_SUBTREES; read++) {
    const node = stack.pop() as CanonicalNode;
    counts.set(node.id, (counts.get(node.id) ?? 0) + 1);
    stack.push(...node.kids);
  }
  subtreesOf.set(root, counts);
  return counts;
}
