import { parseSync } from 'oxc-parser';
import { parserLanguages } from '../source/index.js';

/** An ESTree node as oxc emits it: a `type`, UTF-16 `start`/`end`, and any other fields. */
export interface AstNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

/** A comment's span (UTF-16 offsets) and text. */
export interface SourceComment {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** A parsed module, or the first syntax error with its line. */
export type ParsedModule =
  | { readonly ok: true; readonly program: AstNode; readonly comments: readonly SourceComment[] }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/** True when semdiff can analyze the file by its extension. */
export function isScriptFile(path: string): boolean {
  return parserLanguages(path) !== undefined;
}

/** Parses a TS/JS module by extension (`.js` tries JSX first, then plain JS); offsets are UTF-16. */
export function parseModule(path: string, source: string): ParsedModule {
  const langs = parserLanguages(path) ?? ['ts'];
  let first: ParsedModule | undefined;
  for (const lang of langs) {
    const sourceType = lang === 'ts' || lang === 'tsx' ? 'module' : 'unambiguous';
    const result = parseSync(path, source, { lang, sourceType, preserveParens: false });
    const error = result.errors[0];
    if (!error) return { ok: true, program: result.program as unknown as AstNode, comments: result.comments };
    first ??= { ok: false, message: error.message, offset: error.labels[0]?.start ?? 0 };
  }
  return first ?? { ok: false, message: 'no parser for this file', offset: 0 };
}
