import ts from 'typescript';
import { isTypeScript, parseSource } from '../parseSource.mjs';
import { allNodes, isErased } from '../syntaxTree.mjs';
import { applyEdits } from '../textEdits.mjs';

/**
 * TypeScript type-only edits, erased by compilation: drop variable or parameter annotations, add a
 * return annotation `: any`, add a non-null `!` before a property access, or wrap a call argument in
 * `(… as any)` or `(… satisfies unknown)`. A few sites per case. Undefined for JavaScript files or when no site fits.
 * @param {{ name: string, text: string }} file
 * @param {import('../../common/random.mjs').SeededRandom} random
 * @returns {{ text: string, summary: string } | undefined}
 */
export function typeOnlyEdit(file, random) {
  if (!isTypeScript(file.name)) return undefined;
  const { sourceFile } = parseSource(file.name, file.text);
  const nodes = allNodes(sourceFile).filter((node) => !isErased(node));
  for (const edit of random.shuffle(EDITS)) {
    const sites = nodes.filter((node) => edit.fits(node, sourceFile));
    if (sites.length === 0) continue;
    const chosen = random.shuffle(sites).slice(0, random.int(1, 3));
    const edits = chosen.flatMap((node) => edit.apply(node, sourceFile));
    return { text: applyEdits(file.text, edits), summary: `${edit.summary} (${chosen.length})` };
  }
  return undefined;
}

/** One kind of erasable edit: where it fits and the text edits it makes. */
const EDITS = [
  {
    summary: 'removed type annotations',
    fits: (node) => (ts.isVariableDeclaration(node) || isPlainParameter(node)) && node.type !== undefined,
    apply: (node) => [{ start: annotationStart(node), end: node.type.end, text: '' }],
  },
  {
    summary: 'added return type annotations',
    fits: (node) =>
      (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) &&
      node.body !== undefined &&
      node.type === undefined &&
      !node.asteriskToken &&
      !ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword),
    apply: (node) => [{ start: node.body.pos, end: node.body.pos, text: ': any' }],
  },
  {
    summary: 'added non-null assertions',
    fits: (node) =>
      ts.isPropertyAccessExpression(node) &&
      !node.questionDotToken &&
      ts.isIdentifier(node.expression) &&
      !ts.isNonNullExpression(node.expression),
    apply: (node) => [{ start: node.expression.end, end: node.expression.end, text: '!' }],
  },
  {
    summary: 'added `as any` casts',
    fits: isIdentifierArgument,
    apply: (node, sourceFile) => wrapArgument(node, sourceFile, 'as any'),
  },
  {
    summary: 'added `satisfies unknown` checks',
    fits: isIdentifierArgument,
    apply: (node, sourceFile) => wrapArgument(node, sourceFile, 'satisfies unknown'),
  },
];

/** An identifier passed as a (non-spread) call argument. */
function isIdentifierArgument(node) {
  return (
    ts.isIdentifier(node) &&
    node.parent !== undefined &&
    ts.isCallExpression(node.parent) &&
    node.parent.arguments.includes(node)
  );
}

/** `x` becomes `(x <operator> <type>)`. */
function wrapArgument(node, sourceFile, suffix) {
  return [
    { start: node.getStart(sourceFile), end: node.getStart(sourceFile), text: '(' },
    { start: node.end, end: node.end, text: ` ${suffix})` },
  ];
}

function isPlainParameter(node) {
  return (
    ts.isParameter(node) &&
    !ts.getModifiers(node)?.length &&
    node.parent.body !== undefined &&
    !(ts.isIdentifier(node.name) && node.name.text === 'this')
  );
}

/** Where `: Type` starts: after the name, or after a parameter's `?` (a definite `!` goes too). */
function annotationStart(node) {
  return (node.questionToken ?? node.name).end;
}
