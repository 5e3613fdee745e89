import type { EcmaScriptModule, StaticExport, StaticImport } from 'oxc-parser';
import { hasEscapes, literalSpecifier } from './literalSpecifier.js';

/** What the parser's module record says about one file's runtime imports. */
export interface ModuleRecordImports {
  readonly specifiers: readonly string[];
  /** A dynamic `import()` whose literal holds an escape: the AST walk must decode it. */
  readonly needsWalk: boolean;
}

// A statement is type-only when its text says so and every binding is a type. `import type from 'x'`
// (a default import named `type`) has a value binding, so it is kept. `import { type A } from 'x'` is
// kept too: TypeScript drops it only without `verbatimModuleSyntax` (with it, the module still loads),
// and we cannot know how the repository compiles, so the sound answer is an edge.
const TYPE_ONLY_IMPORT = /^import\s+type[\s{*]/;
const TYPE_ONLY_EXPORT = /^export\s+type[\s{*]/;

/**
 * Runtime specifiers from the module record: static imports, side-effect imports, re-exports and
 * `export *`, and `import()` of literals. Statement-level `import type` / `export type` are left out.
 * oxc-parser 0.159 reports spans in UTF-16 code units, so they slice JavaScript strings directly.
 */
export function moduleRecordImports(module: EcmaScriptModule, source: string): ModuleRecordImports {
  const specifiers: string[] = [];
  for (const statement of module.staticImports) {
    if (!isTypeOnlyImport(statement, source)) specifiers.push(statement.moduleRequest.value);
  }
  for (const statement of module.staticExports) specifiers.push(...reexportedModules(statement, source));
  let needsWalk = false;
  for (const { moduleRequest } of module.dynamicImports) {
    const text = source.slice(moduleRequest.start, moduleRequest.end);
    const specifier = literalSpecifier(text);
    if (specifier !== undefined) specifiers.push(specifier);
    else needsWalk ||= hasEscapes(text);
  }
  return { specifiers, needsWalk };
}

function isTypeOnlyImport(statement: StaticImport, source: string): boolean {
  if (!statement.entries.every((entry) => entry.isType)) return false;
  return TYPE_ONLY_IMPORT.test(source.slice(statement.start, statement.moduleRequest.start));
}

function reexportedModules(statement: StaticExport, source: string): string[] {
  const withSource = statement.entries.filter((entry) => entry.moduleRequest !== null);
  if (withSource.length === 0) return [];
  const typeOnly =
    withSource.every((entry) => entry.isType) && TYPE_ONLY_EXPORT.test(source.slice(statement.start, statement.end));
  return typeOnly ? [] : withSource.map((entry) => entry.moduleRequest?.value ?? '');
}
