import { type CanonicalContext, canonicalize } from './canonicalize.js';
import { Interner } from './canonicalTree.js';
import { compareInterfaces } from './compareInterfaces.js';
import { compareUnitPair } from './compareUnitPair.js';
import { correspondLocals } from './correspondLocals.js';
import { FileDelta } from './fileDelta.js';
import type { FunctionCandidate, FunctionHome } from './inlineCall.js';
import { type CanonicalUnit, matchUnits } from './matchUnits.js';
import type { ModuleSide } from './moduleSide.js';
import { type MoveHints, noMoveHints } from './moveHints.js';
import { pairRenamedUnits } from './pairRenamedUnits.js';
import type { AstNode } from './parseModule.js';
import { reportAddedAndRemoved } from './reportAddedAndRemoved.js';
import { reportOrder } from './reportOrder.js';
import { reportTypeOnlyStatements } from './reportTypeOnlyStatements.js';
import { isNode } from './syntaxRoles.js';

/** Both sides of a file pair and the contexts their canonical forms are built in (one interner). */
export interface Comparison {
  readonly before: ModuleSide;
  readonly after: ModuleSide;
  readonly beforeContext: CanonicalContext;
  readonly afterContext: CanonicalContext;
  /** Module-private function declarations present on one side only: candidates for extract/inline. */
  readonly addedFunctions: ReadonlyMap<string, FunctionCandidate>;
  readonly removedFunctions: ReadonlyMap<string, FunctionCandidate>;
  /** Function names proven extracted or inlined (their declarations then need no report). */
  readonly proven: Set<string>;
  readonly delta: FileDelta;
  readonly moves: MoveHints;
  /** Nodes of functions that live in another file (extracted there), and that file. */
  readonly nodeHomes: WeakMap<AstNode, FunctionHome>;
}

/** Compares two parsed modules: proven refactorings and located behavior changes. */
export function compareModules(file: string, before: ModuleSide, after: ModuleSide, moves = noMoveHints()): FileDelta {
  const interner = new Interner();
  const delta = new FileDelta(file);
  const renames = pairRenamedUnits(interner, before, after, moves.movedOut);
  const renameMap = new Map([...moves.renames, ...renames.map((r) => [r.from, r.to] as const)]);
  const locals = correspondLocals(before, after, renameMap);
  const comparison: Comparison = {
    before,
    after,
    beforeContext: { interner, resolution: before.resolution, renames: renameMap, locals: locals.before },
    afterContext: { interner, resolution: after.resolution, renames: new Map(), locals: locals.after },
    addedFunctions: new Map(),
    removedFunctions: new Map(),
    proven: new Set([...moves.movedOut, ...moves.movedIn]),
    delta,
    moves,
    nodeHomes: new WeakMap(),
  };
  const beforeUnits = canonicalUnits(comparison.beforeContext, before);
  const afterUnits = canonicalUnits(comparison.afterContext, after);
  const matching = matchUnits(beforeUnits, afterUnits, renameMap);
  collectFunctions(
    matching.added,
    comparison.afterContext,
    comparison.addedFunctions as Map<string, FunctionCandidate>,
  );
  collectFunctions(
    matching.removed,
    comparison.beforeContext,
    comparison.removedFunctions as Map<string, FunctionCandidate>,
  );
  for (const [label, external] of moves.externalFunctions) {
    const context = { interner, resolution: external.home.side.resolution, renames: new Map<string, string>() };
    const candidate = { declaration: external.declaration, context, home: external.home };
    markHome(external.declaration, external.home, comparison.nodeHomes);
    (comparison.addedFunctions as Map<string, FunctionCandidate>).set(label, candidate);
  }
  for (const rename of renames) reportUnitRename(comparison, rename.from, rename.to, rename.nameObservable);
  for (const [b, a] of matching.pairs) compareUnitPair(comparison, b, a);
  reportOrder(comparison, matching.pairs);
  compareInterfaces(comparison);
  reportAddedAndRemoved(comparison, matching);
  reportTypeOnlyStatements(comparison);
  for (const change of moves.changes) delta.change(change);
  for (const [from, { to, importers }] of moves.exportRenames) {
    const unit = after.shape.units.find((u) => u.name === to);
    const updated = importers === 1 ? '1 importer updated' : `${importers} importers updated`;
    delta.rename([`${from} → ${to} (exported; ${updated})`], unit ? after.lines.lineOf(unit.statement.start) : 1);
  }
  for (const move of moves.moves) {
    const unit = after.shape.units.find((u) => u.name === move.name);
    delta.refactoring(
      'move',
      unit ? after.lines.lineOf(unit.statement.start) : 1,
      `moved ${move.name} from ${move.from}`,
    );
  }
  return delta;
}

function canonicalUnits(context: CanonicalContext, side: ModuleSide): CanonicalUnit[] {
  return side.shape.units.map((unit, index) => ({ unit, canonical: canonicalize(context, unit.body), index }));
}

function markHome(node: unknown, home: FunctionHome, into: WeakMap<AstNode, FunctionHome>): void {
  if (Array.isArray(node)) {
    for (const item of node) markHome(item, home, into);
    return;
  }
  if (!isNode(node)) return;
  into.set(node, home);
  for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) markHome(value, home, into);
}

function collectFunctions(
  units: readonly CanonicalUnit[],
  context: CanonicalContext,
  into: Map<string, FunctionCandidate>,
): void {
  for (const { unit } of units) {
    if (unit.name !== undefined && unit.body.type === 'FunctionDeclaration' && unit.statement === unit.body) {
      into.set(context.renames.get(unit.name) ?? unit.name, { declaration: unit.body, context });
    }
  }
}

function reportUnitRename(comparison: Comparison, from: string, to: string, observable: boolean): void {
  const unit = comparison.after.shape.units.find((u) => u.name === to);
  const line = unit ? comparison.after.lines.lineOf(unit.statement.start) : 1;
  if (!observable) {
    comparison.delta.rename([`${from} → ${to}`], line);
    return;
  }
  const endLine = line;
  const summary = `${from} renamed to ${to}, and its name is observable (${from}.name; it is used as a value)`;
  comparison.delta.change({ line, endLine, side: 'after', symbol: to, summary, reason: 'unproven' });
}
