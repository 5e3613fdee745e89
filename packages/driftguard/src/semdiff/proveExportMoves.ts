import type { ImportGraph } from '../risk/index.js';
import { type CanonicalContext, canonicalize } from './canonicalize.js';
import { type CanonicalNode, Interner } from './canonicalTree.js';
import {
  checkImporters,
  type Graphs,
  type ImporterHints,
  type Inertness,
  NotProven,
  type Relocation,
  reexports,
} from './exportImporters.js';
import { type AnalyzedPair, isInert, movedDifferences } from './findMoves.js';
import { constantInliningProvers } from './inlineConstants.js';
import type { BehaviorChange } from './model.js';
import { isAbsent, isSubset, loadedSpecifiers, moduleLoads } from './moduleLoads.js';
import type { ModuleSide } from './moduleSide.js';
import type { MoveHints } from './moveHints.js';
import type { AstNode } from './parseModule.js';
import { exportedSingles, recordImporterHints } from './proveExportRenames.js';
import type { Binding } from './scopes.js';
import { isNode, unwrapTypes } from './syntaxRoles.js';

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
  const inert = inertness(origin, target, graphs);
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
  theirs.changes.push(...differences(move, origin, target, constants, graphs));
  forgetExtractCandidates(hints, target, move.to);
  if (!proof.ok) {
    theirs.changes.push(unprovenMove(move, target, proof.reason));
    return;
  }
  if (barrel) own.inertSources.add(barrel.source);
  if (inert.swapOnly) accountLoads(origin, target, own, theirs);
  theirs.moves.push({ name: move.to, from: origin.path, to: target.path });
  recordImporterHints(proof.importers, hints);
}

/**
 * May importers start evaluating the new file, or stop evaluating the old one? Yes when that file is
 * inert; also when the old file is gone and both load the same modules and nothing else (the split of
 * a helper module that imported a package into two that import it), provided each importer swaps one
 * for the other (see `Inertness`).
 */
function inertness(origin: AnalyzedPair, target: AnalyzedPair, graphs: Graphs): Inertness {
  const file = isInert(origin.before) && isInert(origin.after);
  const toFile = isInert(target.after);
  if (file && toFile) return { file, toFile };
  if (!isAbsent(origin.after)) return { file, toFile };
  const fromLoads = moduleLoads(origin.before, origin.path, graphs.base);
  const toLoads = moduleLoads(target.after, target.path, graphs.head);
  if (!fromLoads || !toLoads || !isSubset(fromLoads, toLoads) || !isSubset(toLoads, fromLoads)) return { file, toFile };
  return { file: true, toFile: true, swapOnly: true };
}

/**
 * The deleted file no longer loads its modules and the new file (when it is new) now does: both facts
 * are the swap the proof accounted for, not changes of their own.
 */
function accountLoads(origin: AnalyzedPair, target: AnalyzedPair, own: MoveHints, theirs: MoveHints): void {
  for (const source of loadedSpecifiers(origin.before)) own.inertSources.add(source);
  if (isAbsent(target.before)) for (const source of loadedSpecifiers(target.after)) theirs.inertSources.add(source);
}

type Attempt =
  | { readonly ok: true; readonly importers: Map<string, ImporterHints> }
  | { readonly ok: false; readonly reason: string };

async function attempt(move: Relocation, graphs: Graphs, inert: Inertness, barrelKept: boolean): Promise<Attempt> {
  if (barrelKept && (!inert.toFile || inert.swapOnly))
    return { ok: false, reason: `${move.toFile} runs code as it loads` };
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
 * paired with those it reads that are new in the new file: equal values first, then in the order it
 * first reads them, passing over a new constant that names a literal the old declaration wrote in place
 * (`PREFIX = 'ord_'` where it wrote `` `ord_${…}` ``; compared by value instead, see `namedLiterals`).
 * A pairing is a hypothesis: both initializers are compared, so a wrong pair can only show as a difference.
 */
function takenAlong(move: Relocation, origin: AnalyzedPair, target: AnalyzedPair): [string, string][] {
  const left = readConstants(origin.before, move.from, (name) => !declares(origin.after, name));
  const arrived = readConstants(target.after, move.to, (name) => !declares(target.before, name));
  const pairs: [string, string][] = [];
  const unpairedLeft = left.filter((name) => {
    const value = literalValue(origin.before, name);
    const partner = arrived.find((other) => value !== undefined && literalValue(target.after, other) === value);
    if (partner === undefined) return true;
    pairs.push([name, partner]);
    arrived.splice(arrived.indexOf(partner), 1);
    return false;
  });
  const written = declarationText(origin.before, move.from);
  const candidates = arrived.filter((name) => {
    const value = literalValue(target.after, name);
    return value === undefined || !written.includes(String(JSON.parse(value)));
  });
  unpairedLeft.forEach((name, i) => {
    const partner = candidates[i];
    if (partner !== undefined) pairs.push([name, partner]);
  });
  return pairs;
}

/** The value of a single-declarator `const` with a primitive literal initializer, as JSON; else undefined. */
function literalValue(side: ModuleSide, name: string): string | undefined {
  const unit = side.shape.units.find((u) => u.name === name);
  if (unit?.body.type !== 'VariableDeclaration' || unit.body.kind !== 'const') return undefined;
  const [declarator, ...more] = unit.body.declarations as AstNode[];
  const init = declarator && isNode(declarator.init) ? unwrapTypes(declarator.init) : undefined;
  if (more.length > 0 || !init || !isPrimitiveLiteral(init)) return undefined;
  if (init.type === 'TemplateLiteral') {
    const [quasi] = init.quasis as AstNode[];
    return JSON.stringify((quasi?.value as { cooked?: string } | undefined)?.cooked);
  }
  return typeof init.bigint === 'string' ? undefined : JSON.stringify(init.value);
}

function declarationText(side: ModuleSide, name: string): string {
  const unit = side.shape.units.find((u) => u.name === name);
  return unit ? side.source.slice(unit.body.start, unit.body.end) : '';
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
  graphs: Graphs,
): Omit<BehaviorChange, 'file'>[] {
  const interner = new Interner();
  const renames = new Map([[move.from, move.to], ...constants]);
  const pairs: [string, string][] = [[move.from, move.to], ...constants];
  return pairs.flatMap(([fromName, toName]) => {
    const fromUnit = origin.before.shape.units.find((u) => u.name === fromName);
    const toUnit = target.after.shape.units.find((u) => u.name === toName);
    if (!fromUnit || !toUnit) return [];
    const fromContext = { interner, resolution: origin.before.resolution, renames };
    const toContext = { interner, resolution: target.after.resolution, renames: new Map<string, string>() };
    const paired = new Set(pairs.flat());
    const fromFull = {
      ...fromContext,
      substitutions: namedLiterals(fromContext, origin, 'before', paired, graphs.base),
    };
    const toFull = { ...toContext, substitutions: namedLiterals(toContext, target, 'after', paired, graphs.head) };
    const from = canonicalize(fromFull, fromUnit.body);
    const to = canonicalize(toFull, toUnit.body);
    if (!from || !to || from.id === to.id) return [];
    return movedDifferences(from, to, origin, target, constantInliningProvers(fromFull, toFull));
  });
}

/**
 * Constants one side of a move has and the other does not (`const PREFIX = 'ord_'` named where the old
 * file wrote the literal), bound to their literal so the moved declaration compares by value: only
 * primitive literals never reassigned, in a module whose body runs nothing and that imports none of the
 * program's files (no code can call the declaration before the constant is initialized).
 */
function namedLiterals(
  context: CanonicalContext,
  pair: AnalyzedPair,
  side: 'before' | 'after',
  paired: ReadonlySet<string>,
  graph: ImportGraph,
): Map<Binding, CanonicalNode> {
  const literals = new Map<Binding, CanonicalNode>();
  const module = pair[side];
  const other = pair[side === 'before' ? 'after' : 'before'];
  const loads = moduleLoads(module, pair.path, graph);
  if (!loads || [...loads].some((l) => !l.startsWith('package:'))) return literals;
  for (const unit of module.shape.units) {
    const name = unit.name;
    if (name === undefined || paired.has(name) || other.shape.units.some((u) => u.name === name)) continue;
    if (unit.body.type !== 'VariableDeclaration' || unit.body.kind !== 'const') continue;
    const [declarator, ...more] = unit.body.declarations as AstNode[];
    const init = declarator && isNode(declarator.init) ? unwrapTypes(declarator.init) : undefined;
    const binding = module.resolution.moduleScope.bindings.get(name);
    if (more.length > 0 || !init || !binding || binding.written || !isPrimitiveLiteral(init)) continue;
    const value = canonicalize(context, init);
    if (value) literals.set(binding, value);
  }
  return literals;
}

function isPrimitiveLiteral(node: AstNode): boolean {
  if (node.type === 'Literal') return node.regex === undefined;
  return node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0;
}

function newlyExports(pair: AnalyzedPair, name: string): boolean {
  if (pair.before.shape.units.some((u) => u.name === name)) return false;
  return pair.after.shape.units.some((u) => u.name === name && u.statement.type === 'ExportNamedDeclaration');
}
