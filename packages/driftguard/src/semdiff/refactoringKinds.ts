import { alignLists } from './alignLists.js';
import type { CanonicalNode } from './canonicalTree.js';
import type { RefactoringKind } from './model.js';
import type { ModuleSide } from './moduleSide.js';
import type { AstNode } from './parseModule.js';
import { isNode, TYPE_FIELDS } from './syntaxRoles.js';

/** What made two canonically equal statements differ in text. */
export interface TextualEdits {
  readonly kinds: Set<RefactoringKind>;
  /** Binding renames, in order of appearance. */
  readonly renames: RenamedIdentifier[];
}

/** A renamed identifier: the `old → new` text and both nodes. */
export interface RenamedIdentifier {
  readonly text: string;
  readonly before: AstNode;
  readonly after: AstNode;
}

/**
 * Collects the renames in two trees (one entry per `old → new`), descending only where their structure
 * agrees: into lists of different lengths, through the items paired as the difference walk pairs them.
 */
export function collectRenames(before: CanonicalNode, after: CanonicalNode, out: Map<string, RenamedIdentifier>): void {
  if (before.label !== after.label) return;
  const b = before.node;
  const a = after.node;
  if (b && a && isRenamable(b) && isRenamable(a) && b.name !== a.name && before.kids.length === after.kids.length) {
    const text = `${String(b.name)} → ${String(a.name)}`;
    if (!out.has(text)) out.set(text, { text, before: b, after: a });
  }
  if (before.kids.length === after.kids.length) {
    before.kids.forEach((kid, i) => {
      collectRenames(kid, after.kids[i] as CanonicalNode, out);
    });
  } else if (before.label.startsWith('[') && before.kids.length * after.kids.length <= MAX_ALIGNMENT) {
    for (const [i, j] of alignLists(before.kids, after.kids)) {
      collectRenames(before.kids[i] as CanonicalNode, after.kids[j] as CanonicalNode, out);
    }
  }
}

const MAX_ALIGNMENT = 2500;

function isRenamable(node: AstNode): boolean {
  return node.type === 'Identifier' || node.type === 'PrivateIdentifier';
}

/** Explains why two statements with equal canonical forms differ in text: renames, literals, types, comments, format. */
export function textualEdits(
  before: CanonicalNode,
  after: CanonicalNode,
  sides: [ModuleSide, ModuleSide],
): TextualEdits {
  const renames = new Map<string, RenamedIdentifier>();
  collectRenames(before, after, renames);
  const kinds = new Set<RefactoringKind>();
  if (renames.size > 0) kinds.add('rename');
  if (literalSpellingsDiffer(before, after, sides)) kinds.add('literal-spelling');
  const [b, a] = [before.node, after.node];
  if (b && a) {
    if (typeText(b, sides[0].source) !== typeText(a, sides[1].source)) kinds.add('type-only');
    if (commentText(b, sides[0]) !== commentText(a, sides[1])) kinds.add('comment');
    if (kinds.size === 0) kinds.add('format');
  }
  return { kinds, renames: [...renames.values()] };
}

function literalSpellingsDiffer(before: CanonicalNode, after: CanonicalNode, sides: [ModuleSide, ModuleSide]): boolean {
  const b = before.node;
  const a = after.node;
  if (b && a && before.kids.length === 0 && before.label.startsWith('lit:')) {
    return sides[0].source.slice(b.start, b.end) !== sides[1].source.slice(a.start, a.end);
  }
  return before.kids.some((kid, i) => {
    const other = after.kids[i];
    return other !== undefined && literalSpellingsDiffer(kid, other, sides);
  });
}

/** The text of every type annotation and type-only node inside a node, concatenated. */
export function typeText(node: unknown, source: string): string {
  if (Array.isArray(node)) return node.map((n) => typeText(n, source)).join('|');
  if (!isNode(node)) return '';
  if (node.type.startsWith('TS') && !node.type.endsWith('Expression') && node.type !== 'TSParameterProperty') {
    return source.slice(node.start, node.end).replace(/\s+/g, '');
  }
  let text = node.type.startsWith('TS') ? node.type : '';
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || typeof value !== 'object' || value === null) continue;
    const part =
      TYPE_FIELDS.includes(key) && isNode(value)
        ? source.slice(value.start, value.end).replace(/\s+/g, '')
        : typeText(value, source);
    if (part.replaceAll('|', '') !== '') text += `${key}:${part}|`;
  }
  return text;
}

function commentText(node: AstNode, side: ModuleSide): string {
  return side.comments
    .filter((c) => c.start >= node.start && c.end <= node.end)
    .map((c) => c.value.trim())
    .join('\n');
}
