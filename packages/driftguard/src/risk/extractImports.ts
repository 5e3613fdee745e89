import { parseSync } from 'oxc-parser';
import { type ParserLanguage, parserLanguages } from '../source/index.js';
import { bracesBalance, importRegionEnd } from './importRegion.js';
import { lexicalImports } from './lexicalImports.js';
import { moduleRecordImports } from './moduleRecord.js';
import { requireCalls } from './requireCalls.js';

/** The runtime imports one module makes, as written in the source. */
export interface ExtractedImports {
  /** Specifiers in source order without duplicates. */
  readonly specifiers: readonly string[];
  /** True when the file has a syntax error: specifiers then also come from a lexical scan (a superset). */
  readonly recovered: boolean;
}

type Parsed = ReturnType<typeof parseSync>;

/** Past this share of the file, parsing the import region alone saves too little to risk a second parse. */
const PREFIX_WORTH_IT = 0.6;

/**
 * Runtime import specifiers of a TS/JS source: static and side-effect imports, re-exports, `import()`,
 * `require()` and `import x = require()` with literal specifiers. Type-only statements are left out.
 * Parses only the import region when it parses cleanly on its own (parsing is left to right, so a
 * clean prefix holds the same statements); reads the module record; walks the AST only for `require`.
 */
export function extractImports(path: string, source: string): ExtractedImports {
  const end = importRegionEnd(source);
  if (end === 0) return { specifiers: [], recovered: false };
  const langs = parserLanguages(path) ?? ['ts'];
  const prefix = end < source.length * PREFIX_WORTH_IT ? source.slice(0, end) : undefined;
  if (prefix !== undefined && bracesBalance(prefix)) {
    const parsed = parseBest(path, prefix, langs);
    if (parsed.errors.length === 0) return { specifiers: specifiersOf(parsed, prefix), recovered: false };
  }
  const parsed = parseBest(path, source, langs);
  const found = specifiersOf(parsed, source);
  const recovered = parsed.errors.length > 0;
  return { specifiers: recovered ? [...new Set([...found, ...lexicalImports(source)])] : found, recovered };
}

/** A cheap pre-check: only sources that may call `require(` pay for the full syntax tree. */
const REQUIRE_CALL = /\brequire\s*\(/;

function specifiersOf(parsed: Parsed, source: string): string[] {
  const record = moduleRecordImports(parsed.module, source);
  const found = [...record.specifiers];
  if (record.needsWalk || REQUIRE_CALL.test(source)) found.push(...requireCalls(parsed.program));
  return [...new Set(found)];
}

function parseBest(path: string, source: string, langs: readonly ParserLanguage[]): Parsed {
  let parsed = parseAs(path, source, langs[0] ?? 'ts');
  for (const lang of langs.slice(1)) {
    if (parsed.errors.length === 0) break;
    const retry = parseAs(path, source, lang);
    if (retry.errors.length < parsed.errors.length) parsed = retry;
  }
  return parsed;
}

function parseAs(path: string, source: string, lang: ParserLanguage): Parsed {
  const sourceType = lang === 'ts' || lang === 'tsx' ? 'module' : 'unambiguous';
  return parseSync(path, source, { lang, sourceType });
}
