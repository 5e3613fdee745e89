import ts from 'typescript';
import { allNodes } from '../syntaxTree.mjs';
import { applyEdits } from '../textEdits.mjs';
import { singleFileService } from './languageService.mjs';

/**
 * Inline variable: a local `const name = <literal>;` disappears and every read of `name` becomes
 * the literal (parenthesized where a member access follows; a shorthand `{ name }` becomes
 * `{ name: literal }`). Only when every reference comes after the declaration, so no read could
 * have hit the temporal dead zone.
 * @param {{ name: string, text: string }} file
 * @param {import('../../common/random.mjs').SeededRandom} random
 * @returns {{ text: string, summary: string } | undefined}
 */
export function inlineConstant(file, random) {
  const { service, fileName, sourceFile } = singleFileService(file.name, file.text);
  const candidates = allNodes(sourceFile).filter(isLiteralConstant);
  for (const declaration of random.shuffle(candidates).slice(0, 8)) {
    const statement = declaration.parent.parent;
    const locations = service.findRenameLocations(fileName, declaration.name.getStart(sourceFile), false, false, {
      providePrefixAndSuffixTextForRename: true,
    });
    const references = (locations ?? []).filter((l) => l.textSpan.start !== declaration.name.getStart(sourceFile));
    if (references.length === 0 || references.some((l) => l.textSpan.start < statement.end)) continue;
    const literal = declaration.initializer.getText(sourceFile);
    const edits = references.map((location) => inlineEdit(sourceFile, location, literal));
    edits.push({ start: statement.getFullStart(), end: statement.end, text: '' });
    return { text: applyEdits(file.text, edits), summary: `inlined ${declaration.name.text} = ${literal}` };
  }
  return undefined;
}

/** `const x = 1;` alone in its statement, in a block inside a function, with a literal initializer. */
function isLiteralConstant(node) {
  if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || node.type || !node.initializer) return false;
  const list = node.parent;
  if (!(list.flags & ts.NodeFlags.Const) || list.declarations.length !== 1) return false;
  const statement = list.parent;
  if (!ts.isVariableStatement(statement) || !ts.isBlock(statement.parent) || ts.getModifiers(statement)?.length)
    return false;
  const value = node.initializer;
  return (
    ts.isNumericLiteral(value) ||
    ts.isStringLiteral(value) ||
    value.kind === ts.SyntaxKind.TrueKeyword ||
    value.kind === ts.SyntaxKind.FalseKeyword ||
    value.kind === ts.SyntaxKind.NullKeyword
  );
}

function inlineEdit(sourceFile, location, literal) {
  const start = location.textSpan.start;
  const end = start + location.textSpan.length;
  const reference = findIdentifierAt(sourceFile, start);
  const parent = reference?.parent;
  const needsParentheses =
    parent &&
    (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent) || ts.isCallExpression(parent)) &&
    parent.expression === reference;
  const value = needsParentheses ? `(${literal})` : literal;
  return { start, end, text: `${location.prefixText ?? ''}${value}${location.suffixText ?? ''}` };
}

function findIdentifierAt(sourceFile, position) {
  const visit = (node) => {
    if (ts.isIdentifier(node) && node.getStart(sourceFile) === position) return node;
    if (node.pos > position || node.end < position) return undefined;
    return ts.forEachChild(node, visit);
  };
  return visit(sourceFile);
}
