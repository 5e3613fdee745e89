import { canonicalize } from './canonicalize.js';
import { Interner } from './canonicalTree.js';
import { checkImporters, type Graphs, NotProven, type Relocation, reexports } from './exportImporters.js';
import { type AnalyzedPair, isInert, movedDifferences } from './findMoves.js';
import type { MoveHints } from './moveHints.js';
import { exportedSingles, recordImporterHints } from './proveExportRenames.js';

/**
 * Candidate moves of exported declarations: `export function a` left file F and exactly one other
 * changed file G newly exports a declaration named `a`.
 */
export function exportMoveCandidates(pairs: readonly AnalyzedPair[]): Relocation[] {
  const moves: Relocation[] = [];
  for (const pair of pairs) {
    for (const unit of exportedSingles(pair.before, pair.after)) {
      const name = unit.name ?? '';
      const targets = pairs.filter((other) => other !== pair && newlyExports(other, name));
      const [target] = targets;
      if (targets.length !== 1 || !target) continue;
      const binding = pair.before.resolution.moduleScope.bindings.get(name);
      if (binding?.holdsFunction && binding.readAsValue) continue;
      const holdsFunction = binding?.holdsFunction === true;
      moves.push({ file: pair.path, from: name, toFile: target.path, to: name, holdsFunction, barrelKept: false });
    }
  }
  return moves;
}

/**
 * Proves one move: every importer now imports the declaration from its new file, or the old file keeps
 * exporting it through `export { a } from './g'` (a barrel: importers need not change). The new file
 * must be inert (only function declarations and constant literal/function values) since importers
 * newly evaluate it; the old one too when an importer stops evaluating it. Differences inside the moved
 * declaration are reported in its new file. Unproven moves leave no hint: they stay changes.
 */
export async function proveExportMove(move: Relocation, graphs: Graphs, hints: Map<string, MoveHints>): Promise<void> {
  const origin = graphs.byPath.get(move.file);
  const target = graphs.byPath.get(move.toFile);
  if (!origin || !target) return;
  const barrel = reexports(origin.after, origin.path, graphs.head, target.path).find(
    (r) => r.local === move.to && r.exported === move.from,
  );
  const inert = { file: isInert(origin.before) && isInert(origin.after), toFile: isInert(target.after) };
  if (barrel && !inert.toFile) return;
  let importers: Awaited<ReturnType<typeof checkImporters>>;
  try {
    importers = await checkImporters({ ...move, barrelKept: barrel !== undefined }, graphs, inert);
  } catch (error) {
    if (error instanceof NotProven) return;
    throw error;
  }
  const own = hints.get(origin.path);
  const theirs = hints.get(target.path);
  own?.movedOut.add(move.from);
  own?.factRewrites.set(
    `exports ${move.from} = ${move.from}`,
    barrel ? `exports ${move.from} = ${move.to} from ${barrel.source}` : '',
  );
  if (barrel) own?.inertSources.add(barrel.source);
  theirs?.movedIn.add(move.to);
  theirs?.moves.push({ name: move.to, from: origin.path, to: target.path });
  theirs?.changes.push(...differences(move, origin, target));
  recordImporterHints(importers, hints);
}

function differences(move: Relocation, origin: AnalyzedPair, target: AnalyzedPair) {
  const interner = new Interner();
  const unitOf = (pair: AnalyzedPair, name: string, side: 'before' | 'after') =>
    pair[side].shape.units.find((u) => u.name === name);
  const fromUnit = unitOf(origin, move.from, 'before');
  const toUnit = unitOf(target, move.to, 'after');
  if (!fromUnit || !toUnit) return [];
  const renames = new Map([[move.from, move.to]]);
  const from = canonicalize({ interner, resolution: origin.before.resolution, renames }, fromUnit.body);
  const to = canonicalize({ interner, resolution: target.after.resolution, renames: new Map() }, toUnit.body);
  if (!from || !to || from.id === to.id) return [];
  return movedDifferences(from, to, origin, target);
}

function newlyExports(pair: AnalyzedPair, name: string): boolean {
  if (pair.before.shape.units.some((u) => u.name === name)) return false;
  return pair.after.shape.units.some((u) => u.name === name && u.statement.type === 'ExportNamedDeclaration');
}
