/**
 * The specifier a string literal or substitution-free template literal spells, from its source text
 * (quotes included). Undefined for anything computed, and for escapes, which the AST walk decodes.
 */
export function literalSpecifier(text: string): string | undefined {
  const quote = text[0];
  if (text.length < 2 || text.at(-1) !== quote) return undefined;
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  const inner = text.slice(1, -1);
  if (inner.includes('\\') || (quote === '`' && inner.includes('${'))) return undefined;
  return inner;
}

/** True when the literal is a plain string or template whose text needs decoding (it holds an escape). */
export function hasEscapes(text: string): boolean {
  return text.includes('\\') && !(text.startsWith('`') && text.includes('${'));
}
