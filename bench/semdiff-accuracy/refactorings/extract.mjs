import ts from 'typescript';
import { isTypeScript, parseSource } from '../parseSource.mjs';
import { allNodes, hasModuleScope, isErased } from '../syntaxTree.mjs';
import { applyEdits } from '../textEdits.mjs';
import { freshName } from './freshName.mjs';
import { isValueReference, stableNamesAt } from './stableNames.mjs';

/**
 * Extract function: replaces a pure expression (operators, literals, property reads of stable
 * names) or a run of one to three call statements with a call to a new top-level function, whose
 * parameters are the expression's free names, appended to the file. Safe because every free name
 * is stable (see stableNames.mjs), so reading it early, as an argument, reads the same value; and
 * the extracted code holds no `this`, `arguments`, `super`, `await`, `yield`, jumps or functions.
 * @param {{ name: string, text: string }} file
 * @param {import('../../common/random.mjs').SeededRandom} random
 * @returns {{ text: string, summary: string } | undefined}
 */
export function extractFunction(file, random) {
  const { sourceFile } = parseSource(file.name, file.text);
  if (!hasModuleScope(sourceFile)) return undefined; // in a script, the new function would be a global
  const nodes = allNodes(sourceFile).filter((node) => insideFunctionBody(node) && !isErased(node));
  const expressions = nodes.filter((node) => isExtractableExpression(node));
  const statementRuns = nodes.filter((node) => ts.isBlock(node)).flatMap((block) => callRuns(block, random));
  const kinds = random.shuffle([expressions.map((node) => [node]), statementRuns]);
  for (const sites of kinds) {
    for (const site of random.shuffle(sites).slice(0, 8)) {
      const result = extractSite(file, sourceFile, site, random);
      if (result) return result;
    }
  }
  return undefined;
}

/** Extracts one site (one expression, or consecutive statements); undefined when a name is unstable. */
function extractSite(file, sourceFile, site, random) {
  const start = site[0].getStart(sourceFile);
  const end = site[site.length - 1].end;
  const stable = stableNamesAt(sourceFile, start);
  const free = [
    ...new Set(
      site.flatMap((node) =>
        allNodes(node)
          .filter(isValueReference)
          .map((id) => id.text),
      ),
    ),
  ];
  if (free.length > 6 || free.some((name) => !stable.has(name))) return undefined;
  const isExpression = site.length === 1 && ts.isExpression(site[0]);
  const fn = freshName(file.text, isExpression ? 'compute' : 'runSteps', random);
  const code = file.text.slice(start, end);
  const typed = isTypeScript(file.name) ? ': any' : '';
  const parameters = free.map((name) => `${name}${typed}`).join(', ');
  const body = isExpression ? `  return ${code};` : `  ${code}`;
  const declaration = `\nfunction ${fn}(${parameters}) {\n${body}\n}\n`;
  const call = `${fn}(${free.join(', ')})${isExpression ? '' : ';'}`;
  const text = applyEdits(file.text, [
    { start, end, text: call },
    { start: file.text.length, end: file.text.length, text: declaration },
  ]);
  return { text, summary: `extracted ${isExpression ? 'an expression' : `${site.length} statements`} into ${fn}` };
}

const PURE_BINARY = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandToken,
  ts.SyntaxKind.BarBarToken,
  ts.SyntaxKind.QuestionQuestionToken,
]);

/** A binary expression of pure operators over identifiers, literals and property reads. */
function isExtractableExpression(node) {
  if (!ts.isBinaryExpression(node) || !PURE_BINARY.has(node.operatorToken.kind)) return false;
  if (ts.isBinaryExpression(node.parent) && PURE_BINARY.has(node.parent.operatorToken.kind)) return false;
  return allNodes(node).every(isPureExpressionPart);
}

function isPureExpressionPart(node) {
  if (ts.isBinaryExpression(node)) return PURE_BINARY.has(node.operatorToken.kind);
  if (PURE_BINARY.has(node.kind) && ts.isBinaryExpression(node.parent)) return true;
  if (ts.isPrefixUnaryExpression(node))
    return node.operator === ts.SyntaxKind.ExclamationToken || node.operator === ts.SyntaxKind.MinusToken;
  return (
    (ts.isIdentifier(node) && node.text !== 'arguments' && node.text !== 'undefined') ||
    ts.isPropertyAccessExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isNumericLiteral(node) ||
    ts.isStringLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  );
}

/** Runs of one to three consecutive call statements of a block, each free of `this` and jumps. */
function callRuns(block, random) {
  const statements = block.statements;
  const runs = [];
  for (let i = 0; i < statements.length; i++) {
    const length = random.int(1, 3);
    const run = statements.slice(i, i + length);
    if (run.length === length && run.every(isExtractableStatement)) runs.push(run);
  }
  return runs;
}

function isExtractableStatement(statement) {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return false;
  return allNodes(statement).every((node) => !FORBIDDEN_IN_STATEMENTS.some((test) => test(node)));
}

const FORBIDDEN_IN_STATEMENTS = [
  (node) => ts.isFunctionLike(node) || ts.isClassLike(node),
  (node) => node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.SuperKeyword,
  (node) => ts.isIdentifier(node) && node.text === 'arguments',
  (node) => ts.isAwaitExpression(node) || ts.isYieldExpression(node) || ts.isMetaProperty(node),
  (node) =>
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    node.operatorToken.kind <= ts.SyntaxKind.LastAssignment,
  (node) =>
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    node.operator !== ts.SyntaxKind.ExclamationToken &&
    node.operator !== ts.SyntaxKind.MinusToken,
  (node) => ts.isPrivateIdentifier(node) || ts.isDeleteExpression(node) || ts.isTaggedTemplateExpression(node),
  (node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'eval',
  (node) => ts.isTypeNode(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node),
];

function insideFunctionBody(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return true;
  }
  return false;
}
