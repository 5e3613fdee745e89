import type { Tree } from '../change/index.js';
import { buildImportGraph, type ImportGraph } from '../risk/index.js';
import type { AnalyzedPair } from './findMoves.js';
import type { ModuleSide } from './moduleSide.js';
import type { AstNode } from './parseModule.js';
import type { Binding } from './scopes.js';
import { isNode } from './syntaxRoles.js';

/** The whole repository on both sides, for the importers a change does not touch. */
export interface RepositoryTrees {
  readonly base: Tree;
  readonly head: Tree;
}

/** Both sides' import graphs and the analyzed files of the change, by path. */
export interface Graphs {
  readonly base: ImportGraph;
  readonly head: ImportGraph;
  readonly byPath: ReadonlyMap<string, AnalyzedPair>;
  readonly trees: RepositoryTrees;
  /** Test code: an importer that is a test does not hold a proof back (its differences are test changes). */
  readonly isTest: (path: string) => boolean;
}

/** Builds both sides' import graphs: only called once a change has a candidate to prove. */
export async function buildGraphs(
  pairs: readonly AnalyzedPair[],
  trees: RepositoryTrees,
  isTest: (path: string) => boolean,
): Promise<Graphs> {
  const [base, head] = await Promise.all([buildImportGraph(trees.base), buildImportGraph(trees.head)]);
  return { base, head, byPath: new Map(pairs.map((pair) => [pair.path, pair])), trees, isTest };
}

/**
 * An exported declaration that changed identity: `from` exported by `file` is now `to` exported by
 * `toFile` (the same file for a rename). `barrelKept`: `file` still exports `from`, re-exported from
 * `toFile`, so its own interface is unchanged.
 */
export interface Relocation {
  readonly file: string;
  readonly from: string;
  readonly toFile: string;
  readonly to: string;
  readonly holdsFunction: boolean;
  readonly barrelKept: boolean;
}

/** What one importer's comparison must take into account for the relocation to hold there. */
export interface ImporterHints {
  /** Before-side import labels (`⟨./f#a⟩`) and the after-side label they now read (`⟨./g#b⟩`). */
  readonly labels: Map<string, string>;
  /** Before-side re-exports (`a from ./f`) and what they became (`b from ./g`), the exported name kept. */
  readonly reexports: Map<string, string>;
  /** Specifiers whose evaluation newly starts or stops here, proven inert. */
  readonly inertSources: Set<string>;
}

/** Thrown inside a proof when a fact refuses it; the relocation is then left to the normal comparison. */
export class NotProven extends Error {}

/**
 * Checks every importer of `relocation.file` in the repository: changed ones must now reach the
 * declaration under its new identity (mapped labels for their comparison), unchanged ones must not name
 * the old one nor see the whole module (namespace, `export *`, `import()`, `require()`). Throws
 * NotProven. `inert` says whether each module may start or stop being evaluated by an importer.
 */
export async function checkImporters(
  relocation: Relocation,
  graphs: Graphs,
  inert: Inertness,
): Promise<Map<string, ImporterHints>> {
  const { file } = relocation;
  if (!relocation.barrelKept && (graphs.base.isPublic(file) || graphs.head.isPublic(file))) {
    throw new NotProven(`${file} is exposed by a published package: importers outside the repository may use it`);
  }
  const importers = new Set([...importersOf(graphs.base, file), ...importersOf(graphs.head, file)]);
  importers.delete(relocation.toFile);
  for (const importer of importers) if (graphs.isTest(importer)) importers.delete(importer);
  const proven = new Map<string, ImporterHints>();
  const unchanged: string[] = [];
  for (const importer of importers) {
    const pair = graphs.byPath.get(importer);
    if (pair) proven.set(importer, checkChangedImporter(relocation, pair, graphs, inert));
    else unchanged.push(importer);
  }
  if (relocation.barrelKept) return proven;
  const texts = await graphs.trees.head.readMany(unchanged);
  for (const importer of unchanged) checkUnchangedImporter(relocation, texts.get(importer));
  return proven;
}

function importersOf(graph: ImportGraph, file: string): string[] {
  return [...graph.imports].filter(([, targets]) => targets.includes(file)).map(([importer]) => importer);
}

/** A textual check of an untouched importer: a false "not proven" is allowed, a false "proven" is not. */
function checkUnchangedImporter(relocation: Relocation, text: string | undefined): void {
  if (text === undefined) throw new NotProven('an importer could not be read');
  const word = new RegExp(`(^|[^\\w$])${relocation.from.replace(/\$/g, '\\$')}($|[^\\w$])`);
  if (word.test(text) || /\*\s*as\b|export\s*\*|\bimport\s*\(|\brequire\s*\(/.test(text)) {
    throw new NotProven(`an importer the change leaves alone may still use ${relocation.from}`);
  }
}

function checkChangedImporter(
  relocation: Relocation,
  pair: AnalyzedPair,
  graphs: Graphs,
  inert: Inertness,
): ImporterHints {
  const { file, toFile, from, to } = relocation;
  const resolvesTo = (graph: ImportGraph, target: string) => (source: string | undefined) =>
    source !== undefined && graph.resolveFrom(pair.path, source) === target;
  const beforeF = importsOf(pair.before, resolvesTo(graphs.base, file));
  const afterF = importsOf(pair.after, resolvesTo(graphs.head, file));
  const afterG = file === toFile ? afterF : importsOf(pair.after, resolvesTo(graphs.head, toFile));
  const sides = [
    [pair.before, graphs.base, beforeF, file],
    [pair.after, graphs.head, afterF, file],
    [pair.after, graphs.head, afterG, toFile],
  ] as const;
  for (const [side, graph, refs, target] of sides) {
    if (refs.some((b) => b.imported === '*') || reachesDynamically(side, pair.path, graph, target)) {
      throw new NotProven(`${pair.path} reaches ${target} through a namespace, export *, import() or require()`);
    }
  }
  if (!relocation.barrelKept && afterF.some((b) => b.imported === from)) {
    throw new NotProven(`${pair.path} still imports ${from} from ${file}`);
  }
  const labels = new Map<string, string>();
  for (const before of beforeF.filter((b) => b.imported === from)) {
    const after =
      afterG.find((b) => b.imported === to && b.name === before.name) ?? afterG.find((b) => b.imported === to);
    if (!after) continue;
    if (relocation.holdsFunction && after.readAsValue)
      throw new NotProven(`${pair.path} reads ${to} as a value (its name is observable)`);
    labels.set(`⟨${before.source}#${from}⟩`, `⟨${after.source}#${to}⟩`);
  }
  const inertSources = evaluationChanges(pair, graphs, relocation, inert);
  return { labels, reexports: reexportRenames(relocation, pair, graphs), inertSources };
}

/**
 * Whether an importer may start evaluating `toFile` or stop evaluating `file`. `swapOnly`: neither is
 * inert on its own, but both load the same modules and nothing else, so an importer that swaps one for
 * the other (stops evaluating `file` where it starts evaluating `toFile`) loads what it loaded before.
 */
export interface Inertness {
  readonly file: boolean;
  readonly toFile: boolean;
  readonly swapOnly?: boolean;
}

/** Modules this importer starts or stops evaluating because of the relocation: allowed only when inert. */
function evaluationChanges(pair: AnalyzedPair, graphs: Graphs, relocation: Relocation, inert: Inertness): Set<string> {
  const sources = new Set<string>();
  if (relocation.file === relocation.toFile) return sources;
  const specifiers = (side: ModuleSide) => side.shape.interfaceStatements.flatMap((s) => sourceOf(s) ?? []);
  const before = specifiers(pair.before);
  const after = specifiers(pair.after);
  const resolves = (graph: ImportGraph, target: string) => (s: string) => graph.resolveFrom(pair.path, s) === target;
  const started = after.filter((s) => !before.includes(s) && resolves(graphs.head, relocation.toFile)(s));
  const stopped = before.filter((s) => !after.includes(s) && resolves(graphs.base, relocation.file)(s));
  const evaluatedFile = before.some(resolves(graphs.base, relocation.file));
  const evaluatesToFile = after.some(resolves(graphs.head, relocation.toFile));
  for (const source of started) {
    if (!inert.toFile || (inert.swapOnly && !evaluatedFile)) {
      throw new NotProven(`${pair.path} now evaluates ${source}, which runs code as it loads`);
    }
    sources.add(source);
  }
  for (const source of stopped) {
    if (!inert.file || (inert.swapOnly && !evaluatesToFile)) {
      throw new NotProven(`${pair.path} no longer evaluates ${source}, which runs code as it loads`);
    }
    sources.add(source);
  }
  return sources;
}

function importsOf(side: ModuleSide, resolves: (source: string | undefined) => boolean): Binding[] {
  return [...side.resolution.moduleScope.bindings.values()].filter((b) => b.kind === 'import' && resolves(b.source));
}

/** True when a specifier resolving to `file` is not a static import or re-export: `import()`, `require()`. */
function reachesDynamically(side: ModuleSide, path: string, graph: ImportGraph, file: string): boolean {
  const statics = new Set<string>();
  for (const statement of side.shape.interfaceStatements) {
    const source = sourceOf(statement);
    if (statement.type === 'ExportAllDeclaration' && graph.resolveFrom(path, source ?? '') === file) return true;
    if (source !== undefined) statics.add(source);
  }
  const written = graph.specifiers.get(path) ?? [];
  const dynamic = written.filter((s) => !statics.has(s) && graph.resolveFrom(path, s) === file);
  return dynamic.length > 0 || /\bimport\s*\(|\brequire\s*\(/.test(side.source);
}

/** `export { a } from './f'` must become `export { b as a } from './g'`: the barrel's own name kept. */
function reexportRenames(relocation: Relocation, pair: AnalyzedPair, graphs: Graphs): Map<string, string> {
  const renames = new Map<string, string>();
  const before = reexports(pair.before, pair.path, graphs.base, relocation.file);
  const afterF = reexports(pair.after, pair.path, graphs.head, relocation.file);
  const afterG = reexports(pair.after, pair.path, graphs.head, relocation.toFile);
  if (!relocation.barrelKept && afterF.some((r) => r.local === relocation.from)) {
    throw new NotProven(`${pair.path} still re-exports ${relocation.from} from ${relocation.file}`);
  }
  for (const old of before.filter((r) => r.local === relocation.from)) {
    if (relocation.barrelKept && afterF.some((r) => r.local === old.local && r.exported === old.exported)) continue;
    const updated = afterG.find((r) => r.local === relocation.to && r.exported === old.exported);
    if (!updated) {
      throw new NotProven(`${pair.path} no longer re-exports ${relocation.from} as ${old.exported ?? relocation.from}`);
    }
    renames.set(`${relocation.from} from ${old.source}`, `${relocation.to} from ${updated.source}`);
  }
  return renames;
}

/** The `export { local as exported } from 'source'` specifiers of a side whose source resolves to `file`. */
export function reexports(side: ModuleSide, path: string, graph: ImportGraph, file: string) {
  return side.shape.interfaceStatements
    .filter((s) => s.type === 'ExportNamedDeclaration' && graph.resolveFrom(path, sourceOf(s) ?? '') === file)
    .flatMap((s) =>
      (s.specifiers as AstNode[]).map((spec) => ({
        local: nameOf(spec.local),
        exported: nameOf(spec.exported),
        source: sourceOf(s) ?? '',
      })),
    );
}

function sourceOf(statement: AstNode): string | undefined {
  return isNode(statement.source) ? String(statement.source.value) : undefined;
}

function nameOf(node: unknown): string | undefined {
  return isNode(node) ? String(node.name ?? node.value) : undefined;
}
