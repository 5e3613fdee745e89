import type { ParserOptions } from 'oxc-parser';

/** A language oxc-parser can be told a file is in. */
export type ParserLanguage = NonNullable<ParserOptions['lang']>;

/** Languages to try by extension, first choice first: plain `.js` may hold JSX, and JSX may reject some JS. */
const LANGUAGES: Readonly<Record<string, readonly ParserLanguage[]>> = {
  ts: ['ts'],
  mts: ['ts'],
  cts: ['ts'],
  tsx: ['tsx'],
  js: ['jsx', 'js'],
  jsx: ['jsx'],
  mjs: ['jsx', 'js'],
  cjs: ['jsx', 'js'],
};

/** The parser languages to try for `path`, by its extension; undefined for a file that is not TS/JS. */
export function parserLanguages(path: string): readonly ParserLanguage[] | undefined {
  return LANGUAGES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
}
