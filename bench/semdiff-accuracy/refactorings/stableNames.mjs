import ts from 'typescript';
import { allNodes } from '../syntaxTree.mjs';

/**
 * Names whose reads are pure and whose value cannot change between two reads: declared in the file
 * (import, function, class, `const`, or a parameter or variable that is never assigned anywhere in
 * the file) and, unless hoisted, declared before `position`. Coarse by design (by name, not by
 * scope): a name assigned anywhere is unstable everywhere. Plus a few standard globals.
 * @param {ts.SourceFile} sourceFile
 * @param {number} position
 * @returns {Set<string>}
 */
export function stableNamesAt(sourceFile, position) {
  const nodes = allNodes(sourceFile);
  const assigned = new Set(nodes.filter(isAssignmentTarget).map((node) => node.text));
  const stable = new Set(STANDARD_GLOBALS);
  for (const node of nodes) {
    const name = declaredName(node);
    if (!name || assigned.has(name)) continue;
    if (isHoisted(node) || node.end <= position) stable.add(name);
  }
  return stable;
}

const STANDARD_GLOBALS = ['Object', 'Array', 'Math', 'JSON', 'String', 'Number', 'Boolean', 'Symbol', 'Error'];

function declaredName(node) {
  const named =
    ts.isVariableDeclaration(node) ||
    ts.isParameter(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isImportSpecifier(node) ||
    ts.isImportClause(node) ||
    ts.isNamespaceImport(node);
  return named && node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
}

function isHoisted(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isImportSpecifier(node) ||
    ts.isImportClause(node) ||
    ts.isNamespaceImport(node)
  );
}

/** An identifier written by `=`, a compound assignment, `++`/`--`, or a destructuring assignment. */
function isAssignmentTarget(node) {
  if (!ts.isIdentifier(node)) return false;
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && parent.left === node) return isAssignmentOperator(parent.operatorToken.kind);
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent))
    return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken;
  if (ts.isShorthandPropertyAssignment(parent) || ts.isArrayLiteralExpression(parent)) return true;
  if (ts.isForInStatement(parent) || ts.isForOfStatement(parent)) return parent.initializer === node;
  return false;
}

function isAssignmentOperator(kind) {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/**
 * True when `node` is an identifier read as a value (not a property name, a declaration's name or a
 * label).
 * @param {ts.Node} node
 */
export function isValueReference(node) {
  if (!ts.isIdentifier(node)) return false;
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node) return false;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  return declaredName(parent) !== node.text || parent.name !== node;
}
