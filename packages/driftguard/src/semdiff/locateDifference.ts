import { alignLists } from './alignLists.js';
import type { CanonicalNode } from './canonicalTree.js';
import type { AstNode } from './parseModule.js';
import { isNode } from './syntaxRoles.js';

/** The smallest differing parts of two canonical trees: before/after nodes, an anchor for removals, the enclosing symbol. */
export interface Difference {
  readonly before: readonly CanonicalNode[];
  readonly after: readonly CanonicalNode[];
  /** An after-side offset where the difference sits (for a removal: where the removed code was). */
  readonly anchor: number | undefined;
  readonly symbol: string | undefined;
  /** The enclosing pairs of nodes, innermost last: summaries read them to describe a leaf in context. */
  readonly ancestors: readonly Ancestor[];
}

/** A pair of enclosing canonical nodes (equal labels, different ids). */
export type Ancestor = readonly [CanonicalNode, CanonicalNode];

/** Answers true when it proves a differing pair equivalent (extract/inline); the walk then stops there. */
export type PairProver = (before: CanonicalNode, after: CanonicalNode, symbol: string | undefined) => boolean;

/** How the walk may see through calls: prove a pair, or expand call statements in two lists into what they run. */
export interface Provers {
  readonly pair: PairProver;
  /** Both lists with inlinable call statements expanded, or undefined when none is. */
  readonly expand?: (
    before: readonly CanonicalNode[],
    after: readonly CanonicalNode[],
    symbol: string | undefined,
  ) => [CanonicalNode[], CanonicalNode[]] | undefined;
}

/** Provers that prove nothing. */
export const NO_PROVERS: Provers = { pair: () => false };

/** Walks two canonical trees in parallel and answers where they differ (empty when equal or proven). */
export function locateDifferences(
  before: CanonicalNode,
  after: CanonicalNode,
  prove: Provers,
  symbol?: string,
  ancestors: readonly Ancestor[] = [],
): Difference[] {
  if (before.id === after.id) return [];
  const here = symbolOf(after.node ?? before.node, symbol);
  if (prove.pair(before, after, here)) return [];
  const statements = isStatement(before) && isStatement(after) ? prove.expand?.([before], [after], here) : undefined;
  if (statements) return walkKids(...statements, { prove: NO_PROVERS, symbol: here, ancestors });
  const unbraced = expandBlockAgainstStatement(before, after, prove, here);
  if (unbraced) return walkKids(...unbraced, { prove: NO_PROVERS, symbol: here, ancestors });
  if (before.label !== after.label) {
    return [{ before: [before], after: [after], anchor: after.node?.start, symbol: here, ancestors }];
  }
  const inner: readonly Ancestor[] = [...ancestors, [before, after]];
  const expanded = before.label.startsWith('[') ? prove.expand?.(before.kids, after.kids, here) : undefined;
  const [beforeKids, afterKids] = expanded ?? [before.kids, after.kids];
  return walkKids(beforeKids, afterKids, { prove, symbol: here, ancestors: inner });
}

function walkKids(before: readonly CanonicalNode[], after: readonly CanonicalNode[], walk: ListWalk): Difference[] {
  if (before.length !== after.length) return walkLists(before, after, walk);
  return before.flatMap((kid, i) =>
    locateDifferences(kid, after[i] as CanonicalNode, walk.prove, walk.symbol, walk.ancestors),
  );
}

/**
 * A block on one side where the other has one statement (`{ const msg = '…'; throw new Error(msg); }`
 * became `throw new Error('…')`): the block's statements and the statement, expanded (constants and
 * calls inlined). Only when what remains declares nothing, so the braces scoped nothing.
 */
function expandBlockAgainstStatement(
  before: CanonicalNode,
  after: CanonicalNode,
  prove: Provers,
  symbol: string | undefined,
): [CanonicalNode[], CanonicalNode[]] | undefined {
  const beforeBlock = blockBody(before);
  const afterBlock = blockBody(after);
  const lists =
    beforeBlock && isStatement(after)
      ? prove.expand?.(beforeBlock, [after], symbol)
      : afterBlock && isStatement(before)
        ? prove.expand?.([before], afterBlock, symbol)
        : undefined;
  if (!lists || lists.some((list) => list.some((n) => /Declaration$/.test(n.node?.type ?? '')))) return undefined;
  return lists;
}

function blockBody(node: CanonicalNode): readonly CanonicalNode[] | undefined {
  if (node.node?.type !== 'BlockStatement') return undefined;
  return node.kids.find((kid) => kid.label === '[body]')?.kids;
}

/** A statement a call statement may stand for (a braceless `if` branch or loop body holds one). */
function isStatement(node: CanonicalNode): boolean {
  return /Statement$|Declaration$/.test(node.node?.type ?? '') && node.node?.type !== 'BlockStatement';
}

interface ListWalk {
  readonly prove: Provers;
  readonly symbol: string | undefined;
  readonly ancestors: readonly Ancestor[];
}

function walkLists(before: readonly CanonicalNode[], after: readonly CanonicalNode[], walk: ListWalk): Difference[] {
  const symbol = walk.symbol;
  let head = 0;
  while (head < before.length && head < after.length && before[head]?.id === after[head]?.id) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail]?.id === after[after.length - 1 - tail]?.id
  ) {
    tail++;
  }
  const removed = before.slice(head, before.length - tail);
  const added = after.slice(head, after.length - tail);
  const anchor = gapOffset(after, head, walk.ancestors);
  if (removed.length > 0 && added.length > 0 && removed.length * added.length <= MAX_ALIGNMENT) {
    return alignByLabel(removed, added, walk, anchor);
  }
  return [{ before: removed, after: added, anchor, symbol, ancestors: walk.ancestors }];
}

const MAX_ALIGNMENT = 2500;

/** Where list item `index` starts in the after source, or where it would be: after its predecessor, or at the enclosing node. */
function gapOffset(after: readonly CanonicalNode[], index: number, ancestors: readonly Ancestor[]): number | undefined {
  const here = after[index]?.node;
  if (here) return here.start;
  const previous = after[index - 1]?.node;
  if (previous) return Math.max(previous.start, previous.end - 1);
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]?.[1].node;
    if (node) return node.start;
  }
  return undefined;
}

/** Pairs list items of the same kind in order (longest common subsequence of labels); the rest are added or removed. */
function alignByLabel(
  before: readonly CanonicalNode[],
  after: readonly CanonicalNode[],
  walk: ListWalk,
  anchor: number | undefined,
): Difference[] {
  const pairs = alignLists(before, after);
  const differences: Difference[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [before.length, after.length] as const]) {
    const gone = before.slice(i, pi);
    const come = after.slice(j, pj);
    if (gone.length > 0 || come.length > 0) {
      const here =
        come.length > 0 || pj < after.length || pj === 0 ? gapOffset(after, pj - come.length, walk.ancestors) : anchor;
      differences.push({ before: gone, after: come, anchor: here, symbol: walk.symbol, ancestors: walk.ancestors });
    }
    const b = before[pi];
    const a = after[pj];
    if (b && a) differences.push(...locateDifferences(b, a, walk.prove, walk.symbol, walk.ancestors));
    i = pi + 1;
    j = pj + 1;
  }
  return differences;
}

/** Named things a difference can sit in: functions, classes, methods, variables, object members. */
const SYMBOL_NAMES: Readonly<Record<string, (node: AstNode) => unknown>> = {
  FunctionDeclaration: (node) => node.id,
  ClassDeclaration: (node) => node.id,
  VariableDeclarator: (node) => node.id,
  Property: (node) => node.key,
  MethodDefinition: (node) => node.key,
  PropertyDefinition: (node) => node.key,
  TSEnumDeclaration: (node) => node.id,
};

function symbolOf(node: AstNode | undefined, outer: string | undefined): string | undefined {
  const rule = node && SYMBOL_NAMES[node.type];
  if (!rule || !node) return outer;
  if ((node.type === 'VariableDeclarator' || node.type === 'Property') && outer !== undefined && !holdsFunction(node)) {
    return outer;
  }
  const id = rule(node);
  if (!isNode(id) || (id.name === undefined && id.value === undefined)) return outer;
  const name = String(id.name ?? id.value);
  const member = node.type === 'MethodDefinition' || node.type === 'PropertyDefinition';
  return member && outer ? `${outer}.${name}` : name;
}

function holdsFunction(node: AstNode): boolean {
  const value = node.type === 'Property' ? node.value : node.init;
  return isNode(value) && /Function/.test(value.type);
}
