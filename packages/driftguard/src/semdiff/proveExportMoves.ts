import { canonicalize } from './canonicalize.js';
import { Interner } from './canonicalTree.js';
import {
  checkImporters,
  type Graphs,
  type ImporterHints,
  NotProven,
  type Relocation,
  reexports,
} from './exportImporters.js';
import { type AnalyzedPair, isInert, movedDifferences } from './findMoves.js';
import type { BehaviorChange } from './model.js';
import type { ModuleSide } from './moduleSide.js';
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
 * newly evaluate it; the old one too when an importer stops evaluating it. Either way the declaration
 * is compared with where it came from, together with the module-private constants it took along
 * (`ORDER_OPERATION` in the old file, `OPERATION` in the new one), and every difference is reported
 * in the new file. A move that is not proven is one `unproven` behavior change saying why, instead of
 * a declaration removed here and another added there.
 */
export async function proveExportMove(move: Relocation, graphs: Graphs, hints: Map<string, MoveHints>): Promise<void> {
  const origin = graphs.byPath.get(move.file);
  const target = graphs.byPath.get(move.toFile);
  const own = hints.get(move.file);
  const theirs = hints.get(move.toFile);
  if (!origin || !target || !own || !theirs) return;
  const barrel = reexports(origin.after, origin.path, graphs.head, target.path).find(
    (r) => r.local === move.to && r.exported === move.from,
  );
  const inert = { file: isInert(origin.before) && isInert(origin.after), toFile: isInert(target.after) };
  const proof = await attempt(move, graphs, inert, barrel !== undefined);
  const constants = takenAlong(move, origin, target);
  own.movedOut.add(move.from);
  theirs.movedIn.add(move.to);
  for (const [from, to] of constants) {
    own.movedOut.add(from);
    theirs.movedIn.add(to);
  }
  own.factRewrites.set(
    `exports ${move.from} = ${move.from}`,
    barrel && proof.ok ? `exports ${move.from} = ${move.to} from ${barrel.source}` : '',
  );
  theirs.changes.push(...differences(move, origin, target, constants));
  forgetExtractCandidates(hints, target, move.to);
  if (!proof.ok) {
    theirs.changes.push(unprovenMove(move, target, proof.reason));
    return;
  }
  if (barrel) own.inertSources.add(barrel.source);
  theirs.moves.push({ name: move.to, from: origin.path, to: target.path });
  recordImporterHints(proof.importers, hints);
}

type Attempt =
  | { readonly ok: true; readonly importers: Map<string, ImporterHints> }
  | { readonly ok: false; readonly reason: string };

async function attempt(
  move: Relocation,
  graphs: Graphs,
  inert: { readonly file: boolean; readonly toFile: boolean },
  barrelKept: boolean,
): Promise<Attempt> {
  if (barrelKept && !inert.toFile) return { ok: false, reason: `${move.toFile} runs code as it loads` };
  try {
    return { ok: true, importers: await checkImporters({ ...move, barrelKept }, graphs, inert) };
  } catch (error) {
    if (error instanceof NotProven) return { ok: false, reason: error.message };
    throw error;
  }
}

/** The move accounts for the declaration: no importer's comparison should try it as an extracted function. */
function forgetExtractCandidates(hints: Map<string, MoveHints>, target: AnalyzedPair, name: string): void {
  const declaration = target.after.shape.units.find((u) => u.name === name)?.body;
  for (const fileHints of hints.values()) {
    for (const [label, external] of fileHints.externalFunctions) {
      if (external.declaration === declaration) fileHints.externalFunctions.delete(label);
    }
  }
}

function unprovenMove(move: Relocation, target: AnalyzedPair, reason: string): Omit<BehaviorChange, 'file'> {
  const unit = target.after.shape.units.find((u) => u.name === move.to);
  const line = unit ? target.after.lines.lineOf(unit.statement.start) : 1;
  const endLine = unit ? target.after.lines.lineOf(Math.max(unit.statement.start, unit.statement.end - 1)) : 1;
  const summary = `${move.to} moved from ${move.file}, not proven: ${reason}`;
  return { line, endLine, side: 'after', symbol: move.to, summary, reason: 'unproven' };
}

/**
 * Module-private constants the moved declaration took along: those it reads that left the old file,
 * paired in the order it first reads them with those it reads that are new in the new file. A pairing
 * is a hypothesis: both initializers are compared, so a wrong pair can only show as a difference.
 */
function takenAlong(move: Relocation, origin: AnalyzedPair, target: AnalyzedPair): [string, string][] {
  const left = readConstants(origin.before, move.from, (name) => !declares(origin.after, name));
  const arrived = readConstants(target.after, move.to, (name) => !declares(target.before, name));
  return left.flatMap((name, i) => {
    const partner = arrived[i];
    return partner === undefined ? [] : [[name, partner] as [string, string]];
  });
}

/** Single-declarator module-private consts that `name`'s declaration reads, in order of first read. */
function readConstants(side: ModuleSide, name: string, keep: (name: string) => boolean): string[] {
  const unit = side.shape.units.find((u) => u.name === name);
  if (!unit) return [];
  const constants = new Set(
    side.shape.units
      .filter((u) => u.name !== undefined && u.statement === u.body && u.body.type === 'VariableDeclaration')
      .filter((u) => u.body.kind === 'const' && keep(u.name ?? ''))
      .map((u) => u.name ?? ''),
  );
  const order: string[] = [];
  for (const [node, binding] of side.resolution.bindingOf) {
    if (binding.kind !== 'module' || !constants.has(binding.name) || order.includes(binding.name)) continue;
    if (node.start >= unit.body.start && node.end <= unit.body.end) order.push(binding.name);
  }
  return order;
}

function declares(side: ModuleSide, name: string): boolean {
  return side.shape.units.some((u) => u.name === name);
}

function differences(
  move: Relocation,
  origin: AnalyzedPair,
  target: AnalyzedPair,
  constants: readonly [string, string][],
): Omit<BehaviorChange, 'file'>[] {
  const interner = new Interner();
  const renames = new Map([[move.from, move.to], ...constants]);
  const pairs: [string, string][] = [[move.from, move.to], ...constants];
  return pairs.flatMap(([fromName, toName]) => {
    const fromUnit = origin.before.shape.units.find((u) => u.name === fromName);
    const toUnit = target.after.shape.units.find((u) => u.name === toName);
    if (!fromUnit || !toUnit) return [];
    const from = canonicalize({ interner, resolution: origin.before.resolution, renames }, fromUnit.body);
    const to = canonicalize({ interner, resolution: target.after.resolution, renames: new Map() }, toUnit.body);
    if (!from || !to || from.id === to.id) return [];
    return movedDifferences(from, to, origin, target);
  });
}

function newlyExports(pair: AnalyzedPair, name: string): boolean {
  if (pair.before.shape.units.some((u) => u.name === name)) return false;
  return pair.after.shape.units.some((u) => u.name === name && u.statement.type === 'ExportNamedDeclaration');
}
