import ts from 'typescript';
import { parseSource } from '../parseSource.mjs';
import { allNodes } from '../syntaxTree.mjs';
import { applyEdits } from '../textEdits.mjs';

/**
 * Reformats without changing meaning, one of three ways: re-print the whole file with the
 * TypeScript printer (layout, indentation, semicolons, comments kept); flip string quotes; or add
 * redundant parentheses around returned expressions plus trailing commas in multi-line call
 * arguments.
 * @param {{ name: string, text: string }} file
 * @param {import('../../common/random.mjs').SeededRandom} random
 * @returns {{ text: string, summary: string } | undefined}
 */
export function reformat(file, random) {
  const styles = random.shuffle([reprint, flipQuotes, parenthesizeAndComma]);
  for (const style of styles) {
    const result = style(file);
    if (result && result.text !== file.text) return result;
  }
  return undefined;
}

/** The whole file through `ts.createPrinter`. */
function reprint(file) {
  const { sourceFile } = parseSource(file.name, file.text);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  return { text: printer.printFile(sourceFile), summary: 'reprinted by the TypeScript printer' };
}

/** Every plain string literal in single quotes gets double quotes, or the reverse. */
function flipQuotes(file) {
  const { sourceFile } = parseSource(file.name, file.text);
  const literals = allNodes(sourceFile).filter(
    (node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isDirective(node),
  );
  const edits = [];
  for (const literal of literals) {
    const raw = literal.getText(sourceFile);
    const quote = raw[0];
    if (quote !== "'" && quote !== '"') continue;
    const other = quote === "'" ? '"' : "'";
    if (raw.includes('\\') || raw.slice(1, -1).includes(other)) continue;
    edits.push({ start: literal.getStart(sourceFile), end: literal.end, text: `${other}${raw.slice(1, -1)}${other}` });
  }
  if (edits.length === 0) return undefined;
  return { text: applyEdits(file.text, edits), summary: `flipped the quotes of ${edits.length} strings` };
}

/** `return x;` becomes `return (x);`, and multi-line argument lists get a trailing comma. */
function parenthesizeAndComma(file) {
  const { sourceFile } = parseSource(file.name, file.text);
  const edits = [];
  for (const node of allNodes(sourceFile)) {
    if (ts.isReturnStatement(node) && node.expression && !ts.isParenthesizedExpression(node.expression)) {
      edits.push({ start: node.expression.getStart(sourceFile), end: node.expression.getStart(sourceFile), text: '(' });
      edits.push({ start: node.expression.end, end: node.expression.end, text: ')' });
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0 && !node.arguments.hasTrailingComma) {
      const last = node.arguments[node.arguments.length - 1];
      const multiLine = file.text.slice(last.end, node.end).includes('\n');
      if (multiLine && !ts.isSpreadElement(last)) edits.push({ start: last.end, end: last.end, text: ',' });
    }
  }
  if (edits.length === 0) return undefined;
  return { text: applyEdits(file.text, edits), summary: 'redundant parentheses and trailing commas' };
}

function isDirective(node) {
  return ts.isExpressionStatement(node.parent) && ts.isSourceFile(node.parent.parent);
}
