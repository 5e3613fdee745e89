import { createRequire } from 'node:module';

/**
 * The parsers under comparison, each behind one shape: `parse(path, text)` returns the AST (fully
 * materialized: oxc-parser's `program` is a lazy getter and is read here), the comments
 * the parser hands back (undefined when it keeps none) and the number of syntax errors it reported
 * without throwing. Each is configured the way the semantic diff would use it.
 * @typedef {{ start: number, end: number, value: string }} Comment
 * @typedef {{ ast: object, comments: Comment[] | undefined, errors: number }} Parsed
 * @typedef {{ name: string, label: string, version: string, parse(path: string, text: string): Parsed }} Candidate
 */

const require = createRequire(import.meta.url);

function versionOf(name) {
  return require(`${name}/package.json`).version;
}

/**
 * oxc-parser `parseSync`: TS-ESTree with `range`, parentheses dropped as in typescript-estree, and
 * `astType: 'ts'` for JS files too (without it scope-manager throws on JS functions: no `decorators`).
 */
async function oxc() {
  const { parseSync } = await import('oxc-parser');
  return {
    name: 'oxc',
    label: 'oxc-parser parseSync',
    version: versionOf('oxc-parser'),
    parse(path, text) {
      const result = parseSync(path, text, { range: true, preserveParens: false, astType: 'ts' });
      return { ast: result.program, comments: result.comments, errors: result.errors.length };
    },
  };
}

/** `ts.createSourceFile` without parent pointers; comments are not kept (the scanner can rescan them). */
async function typescript() {
  const ts = (await import('typescript')).default;
  const kinds = { tsx: ts.ScriptKind.TSX, jsx: ts.ScriptKind.JSX, js: ts.ScriptKind.JS, mjs: ts.ScriptKind.JS };
  return {
    name: 'typescript',
    label: 'typescript createSourceFile',
    version: ts.version,
    parse(path, text) {
      const kind = kinds[path.split('.').pop()] ?? ts.ScriptKind.TS;
      const ast = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, kind);
      return { ast, comments: undefined, errors: ast.parseDiagnostics.length };
    },
  };
}

/** typescript-estree `parse` with `range`, `loc` and comments: the AST typescript-eslint analyzes. */
async function typescriptEstree() {
  const { parse } = await import('@typescript-eslint/typescript-estree');
  return {
    name: 'typescript-estree',
    label: 'typescript-estree parse',
    version: versionOf('@typescript-eslint/typescript-estree'),
    parse(path, text) {
      const ast = parse(text, { range: true, loc: true, comment: true, jsx: /\.[jt]sx$/.test(path), filePath: path });
      return {
        ast,
        comments: ast.comments.map(({ range, value }) => ({ start: range[0], end: range[1], value })),
        errors: 0,
      };
    },
  };
}

/** @babel/parser with the typescript plugin (plus jsx for .tsx/.jsx), error recovery on. */
async function babel() {
  const { parse } = await import('@babel/parser');
  return {
    name: 'babel',
    label: '@babel/parser +typescript',
    version: versionOf('@babel/parser'),
    parse(path, text) {
      const plugins = [['typescript', { dts: path.endsWith('.d.ts') }]];
      if (/\.[jt]sx$/.test(path)) plugins.push('jsx');
      const ast = parse(text, { sourceType: 'module', plugins, errorRecovery: true });
      return { ast, comments: ast.comments, errors: ast.errors.length };
    },
  };
}

/**
 * oxc-parser with the AST left unread: `parseSync` hands the program over as a JSON string that
 * `program` parses on first access, so this is the native parse and serialization alone (Node 20
 * has no raw transfer). Timing only; its `ast` is undefined.
 */
async function oxcUnread() {
  const { parseSync } = await import('oxc-parser');
  return {
    name: 'oxc-unread',
    label: '  oxc: AST JSON not parsed',
    version: versionOf('oxc-parser'),
    parse(path, text) {
      const result = parseSync(path, text, { range: true, preserveParens: false, astType: 'ts' });
      return { ast: undefined, comments: result.comments, errors: result.errors.length };
    },
  };
}

/** oxc-parser as above but without `range` (smaller JSON; scope-manager reads `range`, so timing only). */
async function oxcWithoutRange() {
  const { parseSync } = await import('oxc-parser');
  return {
    name: 'oxc-no-range',
    label: '  oxc: without range',
    version: versionOf('oxc-parser'),
    parse(path, text) {
      const result = parseSync(path, text, { preserveParens: false, astType: 'ts' });
      return { ast: result.program, comments: result.comments, errors: result.errors.length };
    },
  };
}

/** The parsers compared, in the order the tables print them (oxc first: the ratios are against it). */
export const CANDIDATES = { oxc, typescript, 'typescript-estree': typescriptEstree, babel };

/** Variants of oxc-parser that are only timed, to show where its time goes. */
export const OXC_VARIANTS = { 'oxc-unread': oxcUnread, 'oxc-no-range': oxcWithoutRange };

/** Loads one candidate or variant by name. @returns {Promise<Candidate>} */
export function loadCandidate(name) {
  return (CANDIDATES[name] ?? OXC_VARIANTS[name])();
}
