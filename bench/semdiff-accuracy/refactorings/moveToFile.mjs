import ts from 'typescript';
import { isTypeScript, parseSource } from '../parseSource.mjs';
import { allNodes } from '../syntaxTree.mjs';
import { applyEdits } from '../textEdits.mjs';

/**
 * Move function: a module-private top-level function of an ES module moves to a new file beside it,
 * exported there, and the original file imports it. Only functions that use no other top-level
 * name of their file (so the new file needs no imports back), have no overloads, and are never
 * assigned (an import binding is read-only). Imports are bound before the module body runs, as a
 * hoisted function was, so every call sees the same function.
 * @param {{ name: string, text: string }} file
 * @param {import('../../common/random.mjs').SeededRandom} random
 * @returns {{ text: string, summary: string, added: { name: string, text: string } } | undefined}
 */
export function moveFunctionToFile(file, random) {
  const { sourceFile } = parseSource(file.name, file.text);
  if (!isModule(sourceFile)) return undefined;
  const topLevel = topLevelNames(sourceFile);
  const assigned = assignedNames(sourceFile);
  const declaredTwice = namesDeclaredTwice(sourceFile);
  const candidates = sourceFile.statements.filter(
    (node) => isMovable(node, topLevel) && !assigned.has(node.name.text) && !declaredTwice.has(node.name.text),
  );
  if (candidates.length === 0) return undefined;
  const fn = random.pick(candidates);
  const name = fn.name.text;
  const stem = file.name.replace(/\.[^.]+$/, '');
  const ending = file.name.slice(stem.length);
  const added = { name: `${stem}-${name}${ending}`, text: `export ${fn.getText(sourceFile)}\n` };
  const importLine = `import { ${name} } from './${stem}-${name}${specifierEnding(file, sourceFile)}';`;
  const at = importPosition(sourceFile);
  const edits = [
    { start: fn.getFullStart(), end: fn.end, text: '' },
    at.afterImports
      ? { start: at.position, end: at.position, text: `\n${importLine}` }
      : { start: at.position, end: at.position, text: `${importLine}\n` },
  ];
  return { text: applyEdits(file.text, edits), summary: `moved ${name} to ${added.name}`, added };
}

function isModule(sourceFile) {
  return sourceFile.statements.some(
    (node) =>
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isExportAssignment(node) || hasExport(node),
  );
}

function hasExport(node) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** Every name declared at the top level of the file: imports, functions, classes, variables, types, enums. */
function topLevelNames(sourceFile) {
  const names = new Set();
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) {
      for (const node of allNodes(statement)) if (ts.isIdentifier(node)) names.add(node.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const node of allNodes(statement.declarationList))
        if (ts.isIdentifier(node) && ts.isBindingElement(node.parent)) names.add(node.text);
      for (const declaration of statement.declarationList.declarations)
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
    } else if (statement.name && ts.isIdentifier(statement.name)) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/** Top-level function names declared more than once: overloads, or merged declarations. */
function namesDeclaredTwice(sourceFile) {
  const seen = new Set();
  const twice = new Set();
  for (const statement of sourceFile.statements) {
    const name = statement.name && ts.isIdentifier(statement.name) ? statement.name.text : undefined;
    if (name && seen.has(name)) twice.add(name);
    if (name) seen.add(name);
  }
  return twice;
}

/** Names written anywhere in the file: an import binding is read-only, so these cannot move. */
function assignedNames(sourceFile) {
  const names = new Set();
  for (const node of allNodes(sourceFile)) {
    if (ts.isBinaryExpression(node) && ts.isIdentifier(node.left) && isAssignment(node.operatorToken.kind))
      names.add(node.left.text);
  }
  return names;
}

function isAssignment(kind) {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** A named, unexported, non-overloaded function declaration that mentions no other top-level name. */
function isMovable(node, topLevel) {
  if (!ts.isFunctionDeclaration(node) || !node.name || !node.body || hasExport(node)) return false;
  if (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return false;
  const own = node.name.text;
  return allNodes(node.body)
    .concat(node.parameters.flatMap((p) => allNodes(p)))
    .every((child) => !ts.isIdentifier(child) || child.text === own || !topLevel.has(child.text));
}

/** `.js` for TypeScript files whose relative imports use it, none when they are extensionless. */
function specifierEnding(file, sourceFile) {
  if (!isTypeScript(file.name)) return file.name.slice(file.name.lastIndexOf('.'));
  const relative = sourceFile.statements
    .filter((node) => ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
    .map((node) => node.moduleSpecifier.text)
    .filter((specifier) => specifier.startsWith('.'));
  return relative.some((specifier) => specifier.endsWith('.js')) || relative.length === 0 ? '.js' : '';
}

/** Right after the last top-level import, or at the very start (ES modules need no directive first). */
function importPosition(sourceFile) {
  const imports = sourceFile.statements.filter((node) => ts.isImportDeclaration(node));
  if (imports.length > 0) return { position: imports[imports.length - 1].end, afterImports: true };
  return { position: 0, afterImports: false };
}
