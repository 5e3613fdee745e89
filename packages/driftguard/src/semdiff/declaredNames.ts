import type { AstNode } from './parseModule.js';
import { isErased, isNode } from './syntaxRoles.js';

/** The identifier nodes a binding pattern declares (`a`, `{ b: c }`, `[d, ...e]`, `f = 1`). */
export function patternIdentifiers(pattern: unknown, out: AstNode[] = []): AstNode[] {
  if (!isNode(pattern)) return out;
  const handler = PATTERN_HANDLERS[pattern.type];
  if (handler) handler(pattern, out);
  return out;
}

const PATTERN_HANDLERS: Readonly<Record<string, (node: AstNode, out: AstNode[]) => void>> = {
  Identifier: (node, out) => {
    if (node.name !== 'this') out.push(node);
  },
  ObjectPattern: (node, out) => {
    for (const prop of node.properties as AstNode[])
      patternIdentifiers(prop.type === 'RestElement' ? prop : prop.value, out);
  },
  ArrayPattern: (node, out) => {
    for (const element of node.elements as unknown[]) patternIdentifiers(element, out);
  },
  RestElement: (node, out) => patternIdentifiers(node.argument, out),
  AssignmentPattern: (node, out) => patternIdentifiers(node.left, out),
  TSParameterProperty: (node, out) => patternIdentifiers(node.parameter, out),
};

/** Unwraps `export` around a declaration; answers the statement itself otherwise. */
export function declarationOf(statement: AstNode): AstNode {
  if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') {
    return isNode(statement.declaration) ? statement.declaration : statement;
  }
  return statement;
}

/** Names a statement declares in its block: let/const/class/function/enum/namespace (not `var`). */
export function lexicalDeclarations(statement: AstNode): AstNode[] {
  const declaration = declarationOf(statement);
  if (isErased(declaration)) return [];
  if (declaration.type === 'VariableDeclaration') {
    if (declaration.kind === 'var') return [];
    return (declaration.declarations as AstNode[]).flatMap((d) => patternIdentifiers(d.id));
  }
  if (NAMED_DECLARATIONS.has(declaration.type) && isNode(declaration.id)) {
    return declaration.id.type === 'Identifier' ? [declaration.id] : [];
  }
  return [];
}

const NAMED_DECLARATIONS = new Set([
  'FunctionDeclaration',
  'ClassDeclaration',
  'TSEnumDeclaration',
  'TSModuleDeclaration',
]);

/** Identifiers of every `var` declared in a function body, not entering nested functions or classes. */
export function hoistedVars(node: unknown, out: AstNode[] = []): AstNode[] {
  if (Array.isArray(node)) {
    for (const item of node) hoistedVars(item, out);
    return out;
  }
  if (!isNode(node) || STOP_HOISTING.has(node.type)) return out;
  if (node.type === 'VariableDeclaration') {
    // Initializers are expressions: a `var` inside one can only be in a function, which does not hoist here.
    if (node.kind === 'var' && node.declare !== true) {
      for (const d of node.declarations as AstNode[]) patternIdentifiers(d.id, out);
    }
    return out;
  }
  for (const key of HOIST_KEYS) if (key in node) hoistedVars(node[key], out);
  return out;
}

const STOP_HOISTING = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ClassDeclaration',
  'ClassExpression',
]);

const HOIST_KEYS = [
  'body',
  'consequent',
  'alternate',
  'block',
  'handler',
  'finalizer',
  'cases',
  'init',
  'left',
  'declaration',
];
