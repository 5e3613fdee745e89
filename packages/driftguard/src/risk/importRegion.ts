// A word that can start or carry a runtime import. `from` counts only before a quote or a comment,
// because `Array.from(` is everywhere and never imports.
const IMPORT_TOKEN = /\bimport\b|\brequire\b|\bfrom\b(?=\s*(?:['"`]|\/[*/]))/g;
const QUOTE = /['"`]/g;

/**
 * How much of `source` can hold runtime imports: 0 when no import-like word appears at all; else the
 * end of the line holding the first string literal after the last such word (`source.length` when none
 * closes). Found by pattern, so it over-reaches (comments, strings) but never stops short of a token.
 */
export function importRegionEnd(source: string): number {
  let last = -1;
  for (const match of source.matchAll(IMPORT_TOKEN)) last = match.index + match[0].length;
  if (last < 0) return 0;
  QUOTE.lastIndex = last;
  const open = QUOTE.exec(source);
  const close = open ? source.indexOf(open[0], open.index + 1) : -1;
  const lineEnd = close < 0 ? -1 : source.indexOf('\n', close);
  return lineEnd < 0 ? source.length : lineEnd;
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/**
 * A cheap guess whether `prefix` ends outside every block: its braces balance. Strings and comments are
 * not skipped, so it can be wrong either way; it only spares a parse that would fail, never decides one.
 */
export function bracesBalance(prefix: string): boolean {
  let depth = 0;
  for (let i = 0; i < prefix.length; i++) {
    const code = prefix.charCodeAt(i);
    if (code === OPEN_BRACE) depth++;
    else if (code === CLOSE_BRACE) depth--;
  }
  return depth === 0;
}
