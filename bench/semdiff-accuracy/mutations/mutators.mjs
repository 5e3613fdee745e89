import ts from 'typescript';

/**
 * Stryker-style mutators over TypeScript AST nodes. Each says whether a node fits and gives the
 * one text edit that mutates it; every mutant changes what the code computes for some input
 * (mutants known to be equivalent, such as `x + 0` to `x - 0`, are not made).
 * @typedef {{ start: number, end: number, text: string }} TextEdit
 * @typedef {object} Mutator
 * @property {string} kind
 * @property {(node: ts.Node, sourceFile: ts.SourceFile) => boolean} fits
 * @property {(node: any, sourceFile: ts.SourceFile) => TextEdit} mutate
 */

const K = ts.SyntaxKind;

const SWAPS = new Map([
  [K.PlusToken, '-'],
  [K.MinusToken, '+'],
  [K.AsteriskToken, '/'],
  [K.SlashToken, '*'],
  [K.EqualsEqualsEqualsToken, '!=='],
  [K.ExclamationEqualsEqualsToken, '==='],
  [K.EqualsEqualsToken, '!='],
  [K.ExclamationEqualsToken, '=='],
  [K.AmpersandAmpersandToken, '||'],
  [K.BarBarToken, '&&'],
  [K.QuestionQuestionToken, '&&'],
]);

const BOUNDARIES = new Map([
  [K.LessThanToken, '<='],
  [K.LessThanEqualsToken, '<'],
  [K.GreaterThanToken, '>='],
  [K.GreaterThanEqualsToken, '>'],
]);

/** Replaces a binary expression's operator token. */
function operatorEdit(node, sourceFile, table) {
  const token = node.operatorToken;
  return { start: token.getStart(sourceFile), end: token.end, text: table.get(token.kind) };
}

/** True for `x + 0`, `x * 1` and the like, whose swap would be an equivalent mutant. */
function hasNeutralOperand(node) {
  const neutral = node.operatorToken.kind === K.AsteriskToken || node.operatorToken.kind === K.SlashToken ? '1' : '0';
  return [node.left, node.right].some((side) => ts.isNumericLiteral(side) && side.text === neutral);
}

/**
 * The mutators, one per Stryker-style kind; `applyMutation` draws a kind, then a site.
 * @type {Mutator[]}
 */
export const MUTATORS = [
  {
    kind: 'operator-swap',
    fits: (node, sourceFile) =>
      ts.isBinaryExpression(node) &&
      SWAPS.has(node.operatorToken.kind) &&
      !hasNeutralOperand(node) &&
      node.left.getText(sourceFile) !== node.right.getText(sourceFile),
    mutate: (node, sourceFile) => operatorEdit(node, sourceFile, SWAPS),
  },
  {
    kind: 'boundary',
    fits: (node) => ts.isBinaryExpression(node) && BOUNDARIES.has(node.operatorToken.kind),
    mutate: (node, sourceFile) => operatorEdit(node, sourceFile, BOUNDARIES),
  },
  {
    kind: 'number-literal',
    fits: (node) => ts.isNumericLiteral(node) && Number.isSafeInteger(Number(node.text)) && !isPropertyName(node),
    mutate: (node, sourceFile) => ({
      start: node.getStart(sourceFile),
      end: node.end,
      text: String(Number(node.text) + 1),
    }),
  },
  {
    kind: 'string-literal',
    fits: (node) => ts.isStringLiteral(node) && !isPropertyName(node) && !isModuleSpecifier(node) && !isDirective(node),
    mutate: (node, sourceFile) => ({
      start: node.getStart(sourceFile),
      end: node.end,
      text: node.text === '' ? "'Stryker was here!'" : "''",
    }),
  },
  {
    kind: 'boolean-literal',
    fits: (node) => node.kind === K.TrueKeyword || node.kind === K.FalseKeyword,
    mutate: (node, sourceFile) => ({
      start: node.getStart(sourceFile),
      end: node.end,
      text: node.kind === K.TrueKeyword ? 'false' : 'true',
    }),
  },
  {
    kind: 'template-literal',
    fits: (node) =>
      (ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isTaggedTemplateExpression(node.parent) &&
      !isPropertyName(node),
    mutate: (node, sourceFile) => ({
      start: node.getStart(sourceFile) + 1,
      end: node.getStart(sourceFile) + 1,
      text: '~',
    }),
  },
  {
    kind: 'removed-call',
    fits: (node) => ts.isExpressionStatement(node) && ts.isCallExpression(node.expression) && ts.isBlock(node.parent),
    mutate: (node, sourceFile) => ({ start: node.getStart(sourceFile), end: node.end, text: '' }),
  },
  {
    kind: 'swapped-arguments',
    fits: (node, sourceFile) =>
      ts.isCallExpression(node) &&
      node.arguments.length >= 2 &&
      !/\.(max|min|hypot)$/.test(node.expression.getText(sourceFile)) &&
      !node.arguments.slice(0, 2).some(ts.isSpreadElement) &&
      node.arguments[0].getText(sourceFile) !== node.arguments[1].getText(sourceFile),
    mutate: (node, sourceFile) => {
      const [first, second] = node.arguments;
      const between = sourceFile.text.slice(first.end, second.getStart(sourceFile));
      return {
        start: first.getStart(sourceFile),
        end: second.end,
        text: `${second.getText(sourceFile)}${between}${first.getText(sourceFile)}`,
      };
    },
  },
  {
    kind: 'optional-chaining-dropped',
    fits: (node) =>
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) &&
      node.questionDotToken !== undefined,
    mutate: (node, sourceFile) => {
      const token = node.questionDotToken;
      return {
        start: token.getStart(sourceFile),
        end: token.end,
        text: ts.isPropertyAccessExpression(node) ? '.' : '',
      };
    },
  },
  {
    kind: 'unary-removed',
    fits: (node) =>
      ts.isPrefixUnaryExpression(node) &&
      [K.ExclamationToken, K.MinusToken, K.TildeToken].includes(node.operator) &&
      !(node.operator === K.MinusToken && ts.isNumericLiteral(node.operand) && Number(node.operand.text) === 0),
    mutate: (node, sourceFile) => ({
      start: node.getStart(sourceFile),
      end: node.operand.getStart(sourceFile),
      text: '',
    }),
  },
];

function isPropertyName(node) {
  const parent = node.parent;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isEnumMember(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent)) &&
    parent.name === node
  );
}

function isModuleSpecifier(node) {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent))
    return true;
  return ts.isCallExpression(parent) && (parent.expression.kind === K.ImportKeyword || isRequire(parent.expression));
}

function isRequire(callee) {
  return ts.isIdentifier(callee) && callee.text === 'require';
}

/** A string statement in a prologue: `'use strict'` and kin. */
function isDirective(node) {
  return ts.isExpressionStatement(node.parent) && node.parent.expression === node;
}
