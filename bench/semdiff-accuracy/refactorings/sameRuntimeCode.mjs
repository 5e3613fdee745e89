import ts from 'typescript';

/**
 * A self-check for reformatting and type-only edits: both sides are compiled to JavaScript (types
 * erased, comments dropped) and their token streams compared, with string values instead of
 * spellings and with parentheses, semicolons and trailing commas ignored. Catches a transform that
 * would otherwise slip a real change into a case labelled refactor-only.
 * @param {string} name
 * @param {string} before
 * @param {string} after
 */
export function sameRuntimeCode(name, before, after) {
  return firstRuntimeDifference(name, before, after) === undefined;
}

/** The index and tokens of the first difference, or undefined. */
export function firstRuntimeDifference(name, before, after) {
  const left = runtimeTokens(name, before);
  const right = runtimeTokens(name, after);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index++)
    if (left[index] !== right[index])
      return {
        index,
        before: left
          .slice(index, index + 6)
          .join(' ')
          .slice(0, 200),
        after: right
          .slice(index, index + 6)
          .join(' ')
          .slice(0, 200),
      };
  return undefined;
}

const IGNORED = new Set([ts.SyntaxKind.OpenParenToken, ts.SyntaxKind.CloseParenToken, ts.SyntaxKind.SemicolonToken]);
const CLOSERS = new Set([
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
]);

function runtimeTokens(name, text) {
  const output = ts.transpileModule(text, {
    fileName: name,
    compilerOptions: {
      target: ts.ScriptTarget.ESNext,
      module: ts.ModuleKind.Preserve,
      removeComments: true,
      allowJs: true,
    },
  }).outputText;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, output);
  const tokens = [];
  const kinds = [];
  const templateDepths = [];
  let depth = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.CloseBraceToken && templateDepths.at(-1) === depth) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateTail) templateDepths.pop();
    } else if (kind === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) depth--;
    if (kind === ts.SyntaxKind.TemplateHead) templateDepths.push(depth);
    kinds.push(kind);
    const literal = kind >= ts.SyntaxKind.FirstLiteralToken && kind <= ts.SyntaxKind.LastTemplateToken;
    tokens.push(`${kind}:${literal ? scanner.getTokenValue() : scanner.getTokenText()}`);
  }
  return tokens.filter((_, index) => {
    const kind = kinds[index];
    if (IGNORED.has(kind)) return false;
    return !(kind === ts.SyntaxKind.CommaToken && CLOSERS.has(nextSignificant(kinds, index)));
  });
}

function nextSignificant(kinds, index) {
  for (let next = index + 1; next < kinds.length; next++)
    if (!IGNORED.has(kinds[next]) || CLOSERS.has(kinds[next])) return kinds[next];
  return undefined;
}
