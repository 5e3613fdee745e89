import type { AstNode } from './parseModule.js';

/**
 * A node of the canonical form: a label (kind and runtime flags), its children, and the source node it
 * came from. Equal `id`s mean equal trees: ids are hash-consed in one {@link Interner} per comparison.
 */
export interface CanonicalNode {
  readonly id: number;
  readonly label: string;
  readonly kids: readonly CanonicalNode[];
  /** The source node (undefined for synthetic list and empty nodes). */
  readonly node: AstNode | undefined;
}

/** One step of the interner's trie: the id of the node ending here, and the steps by the next kid's id. */
interface TrieStep {
  id: number;
  next: Map<number, TrieStep> | undefined;
}

/**
 * Hash-conses canonical nodes so structural equality is an integer comparison. The key of a node is its
 * label then its kids' ids, walked as a trie (a map per label, then a map per kid id) rather than built
 * as one string: no key string is allocated per node, and integer lookups are cheap.
 */
export class Interner {
  private readonly roots = new Map<string, TrieStep>();
  private count = 0;

  /** Builds a node whose id is shared by every structurally equal node built by this interner. */
  make(label: string, kids: readonly CanonicalNode[], node: AstNode | undefined): CanonicalNode {
    let step = this.roots.get(label);
    if (step === undefined) {
      step = { id: -1, next: undefined };
      this.roots.set(label, step);
    }
    for (const kid of kids) {
      step.next ??= new Map();
      let next = step.next.get(kid.id);
      if (next === undefined) {
        next = { id: -1, next: undefined };
        step.next.set(kid.id, next);
      }
      step = next;
    }
    if (step.id < 0) step.id = this.count++;
    return { id: step.id, label, kids, node };
  }
}
