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

/** Hash-conses canonical nodes so structural equality is an integer comparison. */
export class Interner {
  private readonly ids = new Map<string, number>();

  /** Builds a node whose id is shared by every structurally equal node built by this interner. */
  make(label: string, kids: readonly CanonicalNode[], node: AstNode | undefined): CanonicalNode {
    // The label's length makes the key unambiguous whatever characters a literal label holds.
    let key = `${label.length}:${label}`;
    for (const kid of kids) key += `,${kid.id}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return { id, label, kids, node };
  }
}
