import { loadCandidate } from './candidates.mjs';

/**
 * Checks what a parser's positions mean on a source with a BMP non-ASCII letter, an astral emoji, CRLF
 * line ends and a U+2028 inside a string literal: are offsets UTF-16 code units (what JS strings
 * index) or UTF-8 bytes, and does the parser's own line number (when it gives one) agree with git's,
 * which counts only `\n`. Both matter: behavior changes are reported as git lines of the after file.
 */

/** The probe: `target` sits on git line 5, after one U+2028 that some line maps count as a break. */
export const PROBE = [
  '// café 😀 comment',
  'const s = "a😀b"; /* ☃ */',
  'const t = "x\u2028y";',
  '',
  'let target = s + t; // 𝒳',
  '',
].join('\r\n');

const NAME = 'target';

/** Finds the first ESTree/Babel `Identifier` named `target`, depth-first. */
function findEstreeIdentifier(node) {
  if (node === null || typeof node !== 'object') return undefined;
  if (node.type === 'Identifier' && node.name === NAME) return node;
  for (const value of Object.values(node)) {
    if (value === node || typeof value !== 'object') continue;
    const found = findEstreeIdentifier(value);
    if (found) return found;
  }
  return undefined;
}

/** Finds the TypeScript identifier `target` and returns its start (trivia skipped) and end. */
async function findTypescriptIdentifier(sourceFile) {
  const ts = (await import('typescript')).default;
  const visit = (node) =>
    ts.isIdentifier(node) && node.text === NAME
      ? { start: node.getStart(sourceFile), end: node.end }
      : ts.forEachChild(node, visit);
  const found = visit(sourceFile);
  const line = found && sourceFile.getLineAndCharacterOfPosition(found.start).line + 1;
  return found && { ...found, line };
}

function gitLine(text, offset) {
  return text.slice(0, offset).split('\n').length;
}

/** The unit the offset is in: `UTF-16` when it slices the name out of the JS string, `bytes` when UTF-8 does. */
function offsetUnit(text, start, end) {
  if (text.slice(start, end) === NAME) return 'UTF-16';
  if (Buffer.from(text).subarray(start, end).toString() === NAME) return 'UTF-8 bytes';
  return `neither (${start}..${end})`;
}

/**
 * Runs the probe through one candidate.
 * @returns {Promise<{ name: string, unit: string, parserLine: number | undefined, gitLine: number, comments: string }>}
 */
export async function probePositions(name) {
  const candidate = await loadCandidate(name);
  const { ast, comments } = candidate.parse('probe.ts', PROBE);
  const identifier = name === 'typescript' ? await findTypescriptIdentifier(ast) : findEstreeIdentifier(ast);
  const start = identifier.start ?? identifier.range[0];
  const end = identifier.end ?? identifier.range[1];
  return {
    name,
    unit: offsetUnit(PROBE, start, end),
    parserLine: identifier.line ?? identifier.loc?.start.line,
    gitLine: gitLine(PROBE, PROBE.indexOf(NAME)),
    comments: commentFacts(comments),
  };
}

/** Whether the comments come back, and whether their offsets slice their text out of the JS string. */
function commentFacts(comments) {
  if (comments === undefined) return 'not kept (rescan: ts.getLeadingCommentRanges)';
  const exact = comments.filter(({ start, end, value }) => PROBE.slice(start, end).includes(value));
  return `${exact.length} of ${comments.length} sliced exactly`;
}
