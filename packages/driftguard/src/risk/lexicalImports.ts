const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"`])([^'"`\n\\]+)\1/g;

/**
 * Every quoted specifier after `from`, `import`, `import(` or `require(`, found by pattern, not parse.
 * Used only for a file with a syntax error: it over-approximates (type imports, comments) so no edge is lost.
 */
export function lexicalImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[2];
    if (specifier !== undefined && !specifier.includes('${')) found.push(specifier);
  }
  return found;
}
