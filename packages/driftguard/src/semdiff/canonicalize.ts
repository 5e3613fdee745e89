import type { CanonicalNode, Interner } from './canonicalTree.js';
import { withExpressionBody, withoutRedundantBraces } from './equivalentSpellings.js';
import type { AstNode } from './parseModule.js';
import type { Resolution } from './resolveScopes.js';
import type { Binding } from './scopes.js';
import { isErased, isNameField, isNode, isRuntimeKey, unwrapTypes } from './syntaxRoles.js';

/** What canonicalization reads: the interner shared by both sides, scope facts, and rename/substitution hypotheses. */
export interface CanonicalContext {
  readonly interner: Interner;
  readonly resolution: Resolution;
  /** Module-level names, and import labels (`⟨./f#a⟩`), mapped to the label they must take to match the other side. */
  readonly renames: ReadonlyMap<string, string>;
  /** Bindings replaced by a canonical subtree (a parameter bound to its argument, for extract/inline). */
  readonly substitutions?: ReadonlyMap<Binding, CanonicalNode>;
  /** The labels of locals, shared by corresponding locals of both sides (see `correspondLocals`). */
  readonly locals?: ReadonlyMap<Binding, string>;
  /** Local labels renumbered because a constant declared before them was inlined (or extracted). */
  readonly slots?: ReadonlyMap<Binding, string>;
}

/**
 * The canonical form of a subtree: positions, comments, parentheses and TypeScript-only syntax dropped,
 * literals by value, locals by a label shared with the other side. Undefined when TypeScript erases the node entirely.
 */
export function canonicalize(context: CanonicalContext, value: unknown): CanonicalNode | undefined {
  if (!isNode(value))
    return context.interner.make(value === null || value === undefined ? 'ø' : `=${String(value)}`, [], undefined);
  if (isErased(value)) return undefined;
  const node = unwrapTypes(value);
  const handler = HANDLERS[node.type] ?? canonicalFields;
  return handler(context, node);
}

type Handler = (context: CanonicalContext, node: AstNode) => CanonicalNode;

/** The default: the node type with its primitive flags, then its node-valued fields in order. */
function canonicalFields(context: CanonicalContext, node: AstNode): CanonicalNode {
  const flags: string[] = [node.type];
  const kids: CanonicalNode[] = [];
  for (const key in node) {
    if (!isRuntimeKey(node, key)) continue;
    const value = node[key];
    if (isNameField(node, key)) {
      kids.push(nameNode(context, key, value));
    } else if (Array.isArray(value)) {
      kids.push(listNode(context, key, value));
    } else if (isNode(value) || value === null) {
      flags.push(key);
      kids.push(canonicalize(context, value) ?? context.interner.make('ø', [], undefined));
    } else if (value !== undefined) {
      flags.push(`${key}=${String(value)}`);
    }
  }
  return context.interner.make(flags.join('|'), kids, node);
}

function listNode(context: CanonicalContext, key: string, items: readonly unknown[]): CanonicalNode {
  const kids: CanonicalNode[] = [];
  for (const item of items) {
    const kid = canonicalize(context, item);
    if (kid) kids.push(kid);
  }
  return context.interner.make(`[${key}]`, kids, undefined);
}

/** A property, label or export name: by its spelled value (`a`, `'a'` and `"a"` are one name). */
function nameNode(context: CanonicalContext, key: string, value: unknown): CanonicalNode {
  if (!isNode(value)) return context.interner.make(`${key}:ø`, [], undefined);
  const name = value.type === 'PrivateIdentifier' ? privateName(context, value) : String(value.name ?? value.value);
  return context.interner.make(`${key}:${name}`, [], value);
}

function privateName(context: CanonicalContext, node: AstNode): string {
  return context.resolution.privateNameOf.get(node) ?? `#${String(node.name)}`;
}

/** The label of a binding: imports by what they import, module names as spelled (renamed), locals by correspondence. */
export function bindingLabel(context: CanonicalContext, binding: Binding): string {
  if (binding.kind === 'import') {
    const label = `⟨${binding.source}#${binding.imported}⟩`;
    return context.renames.get(label) ?? label;
  }
  if (binding.kind === 'module') return context.renames.get(binding.name) ?? binding.name;
  const slot = localLabel(context, binding);
  return context.resolution.dynamic ? `${slot}:${binding.name}` : slot;
}

/** A local's label before `eval`/`with` add its name: renumbered, corresponded, or its scope slot. */
export function localLabel(context: CanonicalContext, binding: Binding): string {
  return context.slots?.get(binding) ?? context.locals?.get(binding) ?? binding.slot;
}

function identifier(context: CanonicalContext, node: AstNode): CanonicalNode {
  const binding = context.resolution.bindingOf.get(node);
  const substitute = binding && context.substitutions?.get(binding);
  if (substitute) return substitute;
  const label = binding ? bindingLabel(context, binding) : `global:${String(node.name)}`;
  const decorators = node.decorators;
  if (Array.isArray(decorators) && decorators.length > 0) {
    return context.interner.make(`id:${label}|decorated`, [listNode(context, 'decorators', decorators)], node);
  }
  return context.interner.make(`id:${label}`, [], node);
}

function literalLabel(node: AstNode): string {
  if (typeof node.bigint === 'string') return `bigint:${node.bigint}`;
  const regex = node.regex as { pattern: string; flags: string } | undefined;
  if (regex) return `regex:/${regex.pattern}/${regex.flags}`;
  const value = node.value;
  return `lit:${value === null ? 'null' : typeof value}:${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  Identifier: identifier,
  JSXIdentifier: (context, node) =>
    context.resolution.bindingOf.has(node)
      ? identifier(context, node)
      : context.interner.make(`jsx:${String(node.name)}`, [], node),
  PrivateIdentifier: (context, node) => context.interner.make(`private:${privateName(context, node)}`, [], node),
  Literal: (context, node) => context.interner.make(literalLabel(node), [], node),
  TemplateLiteral: templateLiteral,
  TaggedTemplateExpression: (context, node) => {
    const quasi = isNode(node.quasi) ? { ...node.quasi, type: 'TaggedTemplateQuasi' } : node.quasi;
    return canonicalFields(context, { ...node, quasi });
  },
  TaggedTemplateQuasi: taggedQuasi,
  TemplateElement: (context, node) => {
    const value = node.value as { cooked?: string | null; raw: string };
    return context.interner.make(`quasi:${JSON.stringify(value.cooked ?? value.raw)}`, [], node);
  },
  MemberExpression: (context, node) => canonicalFields(context, withLiteralKey(node)),
  ArrowFunctionExpression: (context, node) => canonicalFields(context, withExpressionBody(node)),
  IfStatement: (context, node) => canonicalFields(context, withoutRedundantBraces(node)),
  ForStatement: (context, node) => canonicalFields(context, withoutRedundantBraces(node)),
  ForInStatement: (context, node) => canonicalFields(context, withoutRedundantBraces(node)),
  ForOfStatement: (context, node) => canonicalFields(context, withoutRedundantBraces(node)),
  WhileStatement: (context, node) => canonicalFields(context, withoutRedundantBraces(node)),
  DoWhileStatement: (context, node) => canonicalFields(context, withoutRedundantBraces(node)),
  Property: (context, node) => {
    const flagged = node.shorthand === true && isProtoKey(node.key) ? { ...node, type: 'ProtoShorthand' } : node;
    return canonicalFields(context, flagged);
  },
};

/**
 * A template literal by the string it builds: no substitutions is a string literal (`\`a\`` is `'a'`),
 * and a substitution that is a string (`${'ord_'}`, or a constant inlined as one) is folded into the
 * text around it, since a string converts to itself: `\`${PREFIX}${id}\`` with `PREFIX = 'ord_'` is
 * `\`ord_${id}\``. Tagged templates are not folded: the tag sees the parts (see `taggedQuasi`).
 */
function templateLiteral(context: CanonicalContext, node: AstNode): CanonicalNode {
  const quasis = node.quasis as AstNode[];
  const expressions = node.expressions as AstNode[];
  const parts = expressions.map((e) => canonicalize(context, e));
  const texts = quasis.map((q) => (q.value as { cooked?: string | null } | undefined)?.cooked);
  if (texts.some((t) => typeof t !== 'string')) return canonicalFields(context, node);
  let text = texts[0] ?? '';
  const keptQuasis: AstNode[] = [];
  const kept: AstNode[] = [];
  parts.forEach((part, i) => {
    const folded = part?.label.startsWith('lit:string:') ? (JSON.parse(part.label.slice(11)) as string) : undefined;
    if (folded !== undefined) {
      text += folded + (texts[i + 1] ?? '');
      return;
    }
    keptQuasis.push(quasiWith(quasis[i] ?? node, text));
    kept.push(expressions[i] as AstNode);
    text = texts[i + 1] ?? '';
  });
  if (kept.length === 0) return context.interner.make(`lit:string:${JSON.stringify(text)}`, [], node);
  if (kept.length === expressions.length) return canonicalFields(context, node);
  keptQuasis.push(quasiWith(quasis[quasis.length - 1] ?? node, text));
  return canonicalFields(context, { ...node, quasis: keptQuasis, expressions: kept });
}

function quasiWith(quasi: AstNode, text: string): AstNode {
  return { ...quasi, value: { cooked: text, raw: text } };
}

/** A tagged template's parts as written: the tag receives the raw strings too (`String.raw`), so raw is compared. */
function taggedQuasi(context: CanonicalContext, node: AstNode): CanonicalNode {
  const raws = (node.quasis as AstNode[]).map((q) =>
    context.interner.make(`raw:${JSON.stringify((q.value as { raw?: string } | undefined)?.raw ?? '')}`, [], q),
  );
  const expressions = (node.expressions as AstNode[]).flatMap((e) => canonicalize(context, e) ?? []);
  return context.interner.make(
    'tagged-template',
    [
      context.interner.make('[quasis]', raws, undefined),
      context.interner.make('[expressions]', expressions, undefined),
    ],
    node,
  );
}

/** `a['b']` is `a.b`: a computed member with a string key reads the same property. */
function withLiteralKey(node: AstNode): AstNode {
  const property = node.property;
  if (
    node.computed !== true ||
    !isNode(property) ||
    property.type !== 'Literal' ||
    typeof property.value !== 'string'
  ) {
    return node;
  }
  return { ...node, computed: false, property: { ...property, type: 'Identifier', name: property.value } };
}

function isProtoKey(key: unknown): boolean {
  return isNode(key) && key.name === '__proto__';
}
