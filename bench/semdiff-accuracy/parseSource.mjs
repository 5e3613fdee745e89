import ts from 'typescript';

/**
 * Parses one file with the TypeScript 6.0 compiler API, as TS or JS by its name, with parent
 * pointers set. `errors` counts syntax errors only (no type checking).
 * @param {string} name
 * @param {string} text
 */
export function parseSource(name, text) {
  const sourceFile = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, scriptKind(name));
  return { sourceFile, errors: sourceFile.parseDiagnostics.length };
}

/** The script kind TypeScript should parse a file as, by its name (`.ts`/`.mts`/`.cts`/`.tsx`, else JS). */
export function scriptKind(name) {
  if (/\.tsx$/.test(name)) return ts.ScriptKind.TSX;
  if (/\.[mc]?ts$/.test(name)) return ts.ScriptKind.TS;
  return ts.ScriptKind.JS;
}

/** True for TypeScript file names (`.ts`, `.mts`, `.cts`, `.tsx`). */
export function isTypeScript(name) {
  return /\.[mc]?tsx?$/.test(name);
}

/** The 1-based line of a position in a source file. */
export function lineOf(sourceFile, position) {
  return sourceFile.getLineAndCharacterOfPosition(position).line + 1;
}
