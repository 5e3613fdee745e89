import ts from 'typescript';

/** Queries over a parsed TypeScript tree that the refactorings and mutators share. */

/**
 * Every node of the tree, depth first, in source order.
 * @param {ts.Node} root
 * @returns {ts.Node[]}
 */
export function allNodes(root) {
  const nodes = [];
  const visit = (node) => {
    nodes.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return nodes;
}

/** True when the node sits in a type position or an ambient declaration: erased at runtime. */
export function isErased(node) {
  for (let current = node; current; current = current.parent) {
    if (ts.isTypeNode(current) && !ts.isExpressionWithTypeArguments(current)) return true;
    if (ts.isInterfaceDeclaration(current) || ts.isTypeAliasDeclaration(current)) return true;
    if (ts.isHeritageClause(current) && current.token === ts.SyntaxKind.ImplementsKeyword) return true;
    if (ts.canHaveModifiers(current) && ts.getModifiers(current)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword))
      return true;
    if (ts.isFunctionLike(current) && !current.body && !ts.isFunctionTypeNode(current)) return true;
  }
  return false;
}

/**
 * True for ES modules and for CommonJS files (recognized by `require(`, `exports.` or
 * `module.exports`): their top level is a module or function scope, so a top-level name is private
 * to the file. False for scripts, whose top-level declarations are globals.
 * @param {ts.SourceFile} sourceFile
 */
export function hasModuleScope(sourceFile) {
  return ts.isExternalModule(sourceFile) || /\b(module\.exports|exports\.\w|require\()/.test(sourceFile.text);
}
