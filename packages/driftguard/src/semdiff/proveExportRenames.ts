import { canonicalize } from './canonicalize.js';
import { Interner } from './canonicalTree.js';
import { checkImporters, type Graphs, type ImporterHints, NotProven, type Relocation } from './exportImporters.js';
import type { AnalyzedPair } from './findMoves.js';
import type { ModuleSide } from './moduleSide.js';
import type { MoveHints } from './moveHints.js';
import type { Unit } from './units.js';

/**
 * Candidate renames of exported declarations: `export function a` became `export function b` in one
 * file, equal but for the name (or the only one of its kind left on each side: a hypothesis the full
 * comparison checks, so a wrong pair can only surface as a change). Names read as values are left out.
 */
export function exportRenameCandidates(pair: AnalyzedPair): Relocation[] {
  const removed = exportedSingles(pair.before, pair.after);
  const added = exportedSingles(pair.after, pair.before);
  if (removed.length === 0 || added.length === 0) return [];
  const interner = new Interner();
  const masked = (side: ModuleSide, unit: Unit) =>
    canonicalize({ interner, resolution: side.resolution, renames: new Map([[unit.name ?? '', '⊙']]) }, unit.body)?.id;
  const addedByShape = new Map<number | undefined, Unit[]>();
  for (const unit of added) {
    const shape = masked(pair.after, unit);
    addedByShape.set(shape, [...(addedByShape.get(shape) ?? []), unit]);
  }
  const pairs: [Unit, Unit][] = [];
  for (const unit of removed) {
    const matches = addedByShape.get(masked(pair.before, unit)) ?? [];
    if (matches.length === 1 && matches[0]) pairs.push([unit, matches[0]]);
  }
  const leftBefore = removed.filter((u) => !pairs.some(([b]) => b === u));
  const leftAfter = added.filter((u) => !pairs.some(([, a]) => a === u));
  const [onlyBefore] = leftBefore;
  const [onlyAfter] = leftAfter;
  if (leftBefore.length === 1 && leftAfter.length === 1 && onlyBefore && onlyAfter) {
    if (onlyBefore.body.type === onlyAfter.body.type) pairs.push([onlyBefore, onlyAfter]);
  }
  return pairs.flatMap(([unit, match]) => renameOf(pair, unit, match));
}

/**
 * Proves one export rename against every importer (see `checkImporters`) and records what the file and
 * its importers' comparisons must take into account. Unproven renames leave no hint: they stay a change.
 */
export async function proveExportRename(
  rename: Relocation,
  graphs: Graphs,
  hints: Map<string, MoveHints>,
): Promise<void> {
  let importers: Map<string, ImporterHints>;
  try {
    importers = await checkImporters(rename, graphs, { file: false, toFile: false });
  } catch (error) {
    if (error instanceof NotProven) return;
    throw error;
  }
  const own = hints.get(rename.file);
  own?.renames.set(rename.from, rename.to);
  own?.exportRenames.set(rename.from, { to: rename.to, importers: importers.size });
  recordImporterHints(importers, hints);
}

/** Gives each importer's comparison the labels, re-exports and inert modules a proof mapped for it. */
export function recordImporterHints(
  importers: ReadonlyMap<string, ImporterHints>,
  hints: Map<string, MoveHints>,
): void {
  for (const [importer, found] of importers) {
    const theirs = hints.get(importer);
    for (const [from, to] of found.labels) theirs?.renames.set(from, to);
    for (const [from, to] of found.reexports) theirs?.reexportRenames.set(from, to);
    for (const source of found.inertSources) theirs?.inertSources.add(source);
  }
}

function renameOf(pair: AnalyzedPair, unit: Unit, match: Unit): Relocation[] {
  if (unit.name === undefined || match.name === undefined) return [];
  const binding = pair.before.resolution.moduleScope.bindings.get(unit.name);
  const afterBinding = pair.after.resolution.moduleScope.bindings.get(match.name);
  const holdsFunction = binding?.holdsFunction === true || afterBinding?.holdsFunction === true;
  if (holdsFunction && (binding?.readAsValue || afterBinding?.readAsValue)) return [];
  return [{ file: pair.path, from: unit.name, toFile: pair.path, to: match.name, holdsFunction, barrelKept: false }];
}

/** Exported single-name declarations whose name the other side does not declare. */
export function exportedSingles(side: ModuleSide, other: ModuleSide): Unit[] {
  const otherNames = new Set(other.shape.units.map((u) => u.name));
  return side.shape.units.filter(
    (u) => u.name !== undefined && u.statement.type === 'ExportNamedDeclaration' && !otherNames.has(u.name),
  );
}
