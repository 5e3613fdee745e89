import type { AstNode } from './parseModule.js';

/** Fields of a node that hold TypeScript types: erased at runtime. */
export const TYPE_FIELDS: readonly string[] = [
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'typeArguments',
  'superTypeArguments',
  'implements',
];

/** Fields that carry no runtime meaning: positions, raw spellings, TypeScript-only modifiers and types. */
const IGNORED_KEYS = new Set([
  'type',
  'start',
  'end',
  'range',
  'loc',
  'raw',
  'hashbang',
  'sourceType',
  'shorthand',
  ...TYPE_FIELDS,
  'definite',
  'accessibility',
  'readonly',
  'override',
  'declare',
  'abstract',
  'importKind',
  'exportKind',
]);

/** Node types whose `optional` flag is runtime (`a?.b`, `f?.()`); elsewhere it is a TypeScript `?`. */
const RUNTIME_OPTIONAL = new Set(['MemberExpression', 'CallExpression']);

/** TypeScript wrappers that vanish at runtime: the inner expression is what runs. */
const TYPE_WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'ParenthesizedExpression',
]);

/** Declarations TypeScript erases entirely. */
const TYPE_ONLY_NODES = new Set([
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
  'TSAbstractMethodDefinition',
  'TSAbstractPropertyDefinition',
  'TSAbstractAccessorProperty',
  'TSIndexSignature',
  'TSNamespaceExportDeclaration',
]);

/** True for a plain object that is an AST node. */
export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Strips TypeScript expression wrappers (`as`, `satisfies`, `!`, `<T>x`, `f<T>`). */
export function unwrapTypes(node: AstNode): AstNode {
  let current = node;
  while (TYPE_WRAPPERS.has(current.type) && isNode(current.expression)) current = current.expression;
  return current;
}

/** True when TypeScript emits nothing for this node (a type-only declaration, import, export or overload). */
export function isErased(node: AstNode): boolean {
  if (TYPE_ONLY_NODES.has(node.type)) return true;
  if (node.type === 'Identifier' && node.name === 'this') return true;
  if (node.declare === true) return true;
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  if (node.type === 'MethodDefinition' && isNode(node.value) && node.value.type === 'TSEmptyBodyFunctionExpression') {
    return true;
  }
  if (node.type === 'ExportNamedDeclaration' && isNode(node.declaration) && isErased(node.declaration)) return true;
  return false;
}

/**
 * True when `key` of `node` holds runtime syntax. Walks iterate `for (const key in node)` (the parser's
 * nodes are plain objects, in field order) with this test, allocating nothing per node.
 */
export function isRuntimeKey(node: AstNode, key: string): boolean {
  if (IGNORED_KEYS.has(key)) return false;
  return key !== 'optional' || RUNTIME_OPTIONAL.has(node.type);
}

/** Fields whose identifier is a property, label or export name, never a variable reference. */
export function isNameField(node: AstNode, key: string): boolean {
  const rule = NAME_FIELDS[node.type];
  return rule?.(node, key) === true;
}

const keyUnlessComputed = (node: AstNode, key: string): boolean => key === 'key' && node.computed !== true;

const NAME_FIELDS: Readonly<Record<string, (node: AstNode, key: string) => boolean>> = {
  MemberExpression: (node, key) => key === 'property' && node.computed !== true,
  Property: keyUnlessComputed,
  MethodDefinition: keyUnlessComputed,
  PropertyDefinition: keyUnlessComputed,
  AccessorProperty: keyUnlessComputed,
  ImportAttribute: (_node, key) => key === 'key',
  LabeledStatement: (_node, key) => key === 'label',
  BreakStatement: (_node, key) => key === 'label',
  ContinueStatement: (_node, key) => key === 'label',
  ImportSpecifier: (_node, key) => key === 'imported',
  ExportSpecifier: (_node, key) => key === 'exported',
  ExportAllDeclaration: (_node, key) => key === 'exported',
  MetaProperty: () => true,
  TSEnumMember: (_node, key) => key === 'id',
  JSXAttribute: (_node, key) => key === 'name',
  JSXMemberExpression: (_node, key) => key === 'property',
  JSXNamespacedName: () => true,
};

/** True for a function or class expression without its own name: a binding it is assigned to names it. */
export function isAnonymousFunctionOrClass(node: unknown): boolean {
  if (!isNode(node)) return false;
  const inner = unwrapTypes(node);
  if (inner.type === 'ArrowFunctionExpression') return true;
  return (inner.type === 'FunctionExpression' || inner.type === 'ClassExpression') && inner.id == null;
}
