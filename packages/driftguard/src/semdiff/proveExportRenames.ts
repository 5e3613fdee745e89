import type { Tree } from '../change/index.js';
import { buildImportGraph, type ImportGraph } from '../risk/index.js';
import { canonicalize } from './canonicalize.js';
import { Interner } from './canonicalTree.js';
import type { AnalyzedPair } from './findMoves.js';
import type { ModuleSide } from './moduleSide.js';
import type { MoveHints } from './moveHints.js';
import type { AstNode } from './parseModule.js';
import type { Binding } from './scopes.js';
import { isNode } from './syntaxRoles.js';
import type { Unit } from './units.js';

/** An exported declaration of `file` renamed from `from` to `to`, its body otherwise equal. */
interface ExportRename {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly holdsFunction: boolean;
}

/** The whole repository on both sides, for the importers a change does not touch. */
export interface RepositoryTrees {
  readonly base: Tree;
  readonly head: Tree;
}

/** Importer facts that prove nothing and stop the proof, with the reason. */
class NotProven extends Error {}

/**
 * Proves renames of exported declarations: `export function a` became `export function b` (equal but
 * for the name), and every module of the repository that imported `a` now imports `b` (changed
 * files), or never named it (unchanged files). Not proven, and left to the normal comparison (a
 * behavior change), when a published package exposes the module (importers outside the repository), when any
 * importer reaches it through a namespace, `export *`, `import()` or `require()`, or re-exports the
 * name under a new name, or when the function's name is observable (`a.name`, passed as a value).
 * The import graphs are built only when a candidate exists.
 */
export async function proveExportRenames(
  pairs: readonly AnalyzedPair[],
  trees: RepositoryTrees,
  hints: Map<string, MoveHints>,
): Promise<void> {
  const candidates = pairs.flatMap(exportRenameCandidates);
  if (candidates.length === 0) return;
  const [base, head] = await Promise.all([buildImportGraph(trees.base), buildImportGraph(trees.head)]);
  const byPath = new Map(pairs.map((pair) => [pair.path, pair]));
  for (const rename of candidates) {
    const graphs = { base, head, byPath, trees };
    const proof = await proveOne(rename, graphs).catch((error: unknown) => {
      if (error instanceof NotProven) return undefined;
      throw error;
    });
    if (!proof) continue;
    const own = hints.get(rename.file);
    own?.renames.set(rename.from, rename.to);
    own?.exportRenames.set(rename.from, { to: rename.to, importers: proof.importers.size });
    for (const [importer, labels] of proof.importers) {
      const theirs = hints.get(importer);
      for (const [from, to] of labels.labels) theirs?.renames.set(from, to);
      for (const [from, to] of labels.reexports) theirs?.reexportRenames.set(from, to);
    }
  }
}

interface Graphs {
  readonly base: ImportGraph;
  readonly head: ImportGraph;
  readonly byPath: ReadonlyMap<string, AnalyzedPair>;
  readonly trees: RepositoryTrees;
}

interface ImporterLabels {
  /** Before-side import labels (`⟨./f#a⟩`) and the after-side label they now read (`⟨./f#b⟩`). */
  readonly labels: Map<string, string>;
  /** Before-side re-exports (`a from ./f`) and what they became (`b from ./f`), the exported name kept. */
  readonly reexports: Map<string, string>;
}

async function proveOne(rename: ExportRename, graphs: Graphs): Promise<{ importers: Map<string, ImporterLabels> }> {
  const { file } = rename;
  if (graphs.base.isPublic(file) || graphs.head.isPublic(file)) throw new NotProven();
  const importers = new Set([...importersOf(graphs.base, file), ...importersOf(graphs.head, file)]);
  const proven = new Map<string, ImporterLabels>();
  const unchanged: string[] = [];
  for (const importer of importers) {
    const pair = graphs.byPath.get(importer);
    if (pair) proven.set(importer, checkChangedImporter(rename, pair, graphs));
    else unchanged.push(importer);
  }
  const texts = await graphs.trees.head.readMany(unchanged);
  for (const importer of unchanged) checkUnchangedImporter(rename, texts.get(importer));
  return { importers: proven };
}

function importersOf(graph: ImportGraph, file: string): string[] {
  return [...graph.imports].filter(([, targets]) => targets.includes(file)).map(([importer]) => importer);
}

/**
 * An importer the change left alone must not name the old export at all, nor reach the module in a way
 * that sees every export (a namespace, `export *`, a dynamic import or require). A textual check: a
 * false "not proven" is allowed, a false "proven" is not.
 */
function checkUnchangedImporter(rename: ExportRename, text: string | undefined): void {
  if (text === undefined) throw new NotProven();
  const word = new RegExp(`(^|[^\\w$])${rename.from.replace(/\$/g, '\\$')}($|[^\\w$])`);
  if (word.test(text) || /\*\s*as\b|export\s*\*|\bimport\s*\(|\brequire\s*\(/.test(text)) throw new NotProven();
}

function checkChangedImporter(rename: ExportRename, pair: AnalyzedPair, graphs: Graphs): ImporterLabels {
  const toFile = (graph: ImportGraph, source: string | undefined) =>
    source !== undefined && graph.resolveFrom(pair.path, source) === rename.file;
  const beforeRefs = importsOf(pair.before, (source) => toFile(graphs.base, source));
  const afterRefs = importsOf(pair.after, (source) => toFile(graphs.head, source));
  for (const [side, graph, refs] of [
    [pair.before, graphs.base, beforeRefs],
    [pair.after, graphs.head, afterRefs],
  ] as const) {
    if (refs.some((b) => b.imported === '*') || reachesDynamically(side, pair.path, graph, rename.file)) {
      throw new NotProven();
    }
  }
  if (afterRefs.some((b) => b.imported === rename.from)) throw new NotProven();
  const labels = new Map<string, string>();
  for (const before of beforeRefs.filter((b) => b.imported === rename.from)) {
    const after =
      afterRefs.find((b) => b.imported === rename.to && b.name === before.name) ??
      afterRefs.find((b) => b.imported === rename.to);
    if (!after) continue;
    if (rename.holdsFunction && after.readAsValue) throw new NotProven();
    labels.set(`⟨${before.source}#${rename.from}⟩`, `⟨${after.source}#${rename.to}⟩`);
  }
  return { labels, reexports: reexportRenames(rename, pair, graphs) };
}

function importsOf(side: ModuleSide, toFile: (source: string | undefined) => boolean): Binding[] {
  return [...side.resolution.moduleScope.bindings.values()].filter((b) => b.kind === 'import' && toFile(b.source));
}

/** True when a specifier resolving to `file` is not a static import or re-export: `import()`, `require()`. */
function reachesDynamically(side: ModuleSide, path: string, graph: ImportGraph, file: string): boolean {
  const statics = new Set<string>();
  for (const statement of side.shape.interfaceStatements) {
    if (statement.type === 'ExportAllDeclaration' && graph.resolveFrom(path, sourceOf(statement) ?? '') === file) {
      return true;
    }
    const source = sourceOf(statement);
    if (source !== undefined) statics.add(source);
  }
  const written = graph.specifiers.get(path) ?? [];
  const dynamic = written.filter((s) => !statics.has(s) && graph.resolveFrom(path, s) === file);
  return dynamic.length > 0 || /\bimport\s*\(|\brequire\s*\(/.test(side.source);
}

/** `export { a } from './f'` must become `export { b as a } from './f'`: the barrel's own name kept. */
function reexportRenames(rename: ExportRename, pair: AnalyzedPair, graphs: Graphs): Map<string, string> {
  const renames = new Map<string, string>();
  const before = reexports(pair.before, pair.path, graphs.base, rename.file);
  const after = reexports(pair.after, pair.path, graphs.head, rename.file);
  if (after.some((r) => r.local === rename.from)) throw new NotProven();
  for (const old of before.filter((r) => r.local === rename.from)) {
    const updated = after.find((r) => r.local === rename.to && r.exported === old.exported);
    if (!updated) throw new NotProven();
    renames.set(`${rename.from} from ${old.source}`, `${rename.to} from ${updated.source}`);
  }
  return renames;
}

function reexports(side: ModuleSide, path: string, graph: ImportGraph, file: string) {
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

/**
 * Exported single-name declarations on one side only, paired when their bodies are equal but for the
 * declared name (and the name's uses), or when exactly one of a kind is left on each side. A pairing is
 * a hypothesis: the full comparison checks the bodies, so a wrong pair can only surface as a change.
 */
function exportRenameCandidates(pair: AnalyzedPair): ExportRename[] {
  const removed = exportedSingles(pair.before, pair.after);
  const added = exportedSingles(pair.after, pair.before);
  if (removed.length === 0 || added.length === 0) return [];
  const interner = new Interner();
  const masked = (side: ModuleSide, unit: Unit) =>
    canonicalize({ interner, resolution: side.resolution, renames: new Map([[unit.name ?? '', '⊙']]) }, unit.body)?.id;
  const addedByShape = new Map<number | undefined, Unit[]>();
  for (const unit of added)
    addedByShape.set(masked(pair.after, unit), [...(addedByShape.get(masked(pair.after, unit)) ?? []), unit]);
  const pairs: [Unit, Unit][] = [];
  for (const unit of removed) {
    const matches = addedByShape.get(masked(pair.before, unit)) ?? [];
    if (matches.length === 1 && matches[0]) pairs.push([unit, matches[0]]);
  }
  // As for private renames: one left on each side, of one kind, is paired as a hypothesis the comparison checks.
  const leftBefore = removed.filter((u) => !pairs.some(([b]) => b === u));
  const leftAfter = added.filter((u) => !pairs.some(([, a]) => a === u));
  const [onlyBefore] = leftBefore;
  const [onlyAfter] = leftAfter;
  if (leftBefore.length === 1 && leftAfter.length === 1 && onlyBefore && onlyAfter) {
    if (onlyBefore.body.type === onlyAfter.body.type) pairs.push([onlyBefore, onlyAfter]);
  }
  return pairs.flatMap(([unit, match]) => candidate(pair, unit, match));
}

function candidate(pair: AnalyzedPair, unit: Unit, match: Unit): ExportRename[] {
  if (unit.name === undefined || match.name === undefined) return [];
  const binding = pair.before.resolution.moduleScope.bindings.get(unit.name);
  const afterBinding = pair.after.resolution.moduleScope.bindings.get(match.name);
  const holdsFunction = binding?.holdsFunction === true || afterBinding?.holdsFunction === true;
  if (holdsFunction && (binding?.readAsValue || afterBinding?.readAsValue)) return [];
  return [{ file: pair.path, from: unit.name, to: match.name, holdsFunction }];
}

function exportedSingles(side: ModuleSide, other: ModuleSide): Unit[] {
  const otherNames = new Set(other.shape.units.map((u) => u.name));
  return side.shape.units.filter(
    (u) => u.name !== undefined && u.statement.type === 'ExportNamedDeclaration' && !otherNames.has(u.name),
  );
}
