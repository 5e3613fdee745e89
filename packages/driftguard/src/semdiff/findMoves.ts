import { isBuiltin } from 'node:module';
import { posix } from 'node:path';
import { canonicalize } from './canonicalize.js';
import { type CanonicalNode, Interner } from './canonicalTree.js';
import { constantInliningProvers } from './inlineConstants.js';
import { locateDifferences, NO_PROVERS, type Provers } from './locateDifference.js';
import type { BehaviorChange } from './model.js';
import type { ModuleSide } from './moduleSide.js';
import { type MoveHints, noMoveHints } from './moveHints.js';
import type { AstNode } from './parseModule.js';
import { summarize } from './summarize.js';
import { isNode } from './syntaxRoles.js';
import type { Unit } from './units.js';

/** Both analyzed sides of one changed file (an empty module for the missing side of an added or deleted file). */
export interface AnalyzedPair {
  readonly path: string;
  readonly before: ModuleSide;
  readonly after: ModuleSide;
}

/**
 * Finds declarations moved to another file: a module-private declaration removed from F whose name F
 * now imports from G, where G newly exports an equal declaration. G must be inert (only hoisted
 * functions and constant literals or function values, no imports) for the new import to add no effect.
 */
export function findMoves(pairs: readonly AnalyzedPair[]): Map<string, MoveHints> {
  const hints = new Map(pairs.map((p) => [p.path, noMoveHints()]));
  const byPath = new Map(pairs.map((p) => [p.path, p]));
  const interner = new Interner();
  for (const pair of pairs) {
    for (const unit of removedPrivates(pair)) {
      const binding = pair.after.resolution.moduleScope.bindings.get(unit.name ?? '');
      if (binding?.kind !== 'import' || !binding.source || !binding.imported) continue;
      const target = resolveTarget(byPath, pair.path, binding.source);
      const moved = target && newExport(target, binding.imported);
      if (!target || !moved || !isInert(target.after)) continue;
      const label = `⟨${binding.source}#${binding.imported}⟩`;
      const fromContext = {
        interner,
        resolution: pair.before.resolution,
        renames: new Map([[unit.name ?? '', binding.imported]]),
      };
      const toContext = { interner, resolution: target.after.resolution, renames: new Map<string, string>() };
      const from = canonicalize(fromContext, unit.body);
      const to = canonicalize(toContext, moved.body);
      if (!from || !to || from.node?.type !== to.node?.type) continue;
      const own = hints.get(pair.path);
      const theirs = hints.get(target.path);
      if (from.id !== to.id) {
        theirs?.changes.push(
          ...movedDifferences(from, to, pair, target, constantInliningProvers(fromContext, toContext)),
        );
      }
      own?.renames.set(unit.name ?? '', label);
      own?.movedOut.add(unit.name ?? '');
      own?.inertSources.add(binding.source);
      theirs?.movedIn.add(binding.imported);
      theirs?.moves.push({ name: binding.imported, from: pair.path, to: target.path });
    }
    findExternalFunctions(pair, byPath, hints);
  }
  return hints;
}

/**
 * Functions newly imported from a new export of an inert module: candidates for a proof that code was
 * extracted into another file. Every use of them differs at its use site, so the new export needs no report.
 */
function findExternalFunctions(
  pair: AnalyzedPair,
  byPath: ReadonlyMap<string, AnalyzedPair>,
  hints: Map<string, MoveHints>,
): void {
  const before = new Set(
    [...pair.before.resolution.moduleScope.bindings.values()].map((b) => `${b.source}#${b.imported}`),
  );
  for (const binding of pair.after.resolution.moduleScope.bindings.values()) {
    if (binding.kind !== 'import' || !binding.source || !binding.imported) continue;
    if (before.has(`${binding.source}#${binding.imported}`)) continue;
    const target = resolveTarget(byPath, pair.path, binding.source);
    const unit = target && newExport(target, binding.imported);
    if (!target || unit?.body.type !== 'FunctionDeclaration' || !isInert(target.after)) continue;
    const own = hints.get(pair.path);
    own?.externalFunctions.set(`⟨${binding.source}#${binding.imported}⟩`, {
      declaration: unit.body,
      home: { file: target.path, side: target.after },
    });
    own?.inertSources.add(binding.source);
    hints.get(target.path)?.movedIn.add(binding.imported);
  }
}

/** A moved declaration that changed on the way: its differences, reported in the file it moved to. */
export function movedDifferences(
  from: CanonicalNode,
  to: CanonicalNode,
  pair: AnalyzedPair,
  target: AnalyzedPair,
  provers: Provers = NO_PROVERS,
): Omit<BehaviorChange, 'file'>[] {
  const sources = { before: pair.before.source, after: target.after.source };
  return locateDifferences(from, to, provers).map((difference) => {
    const nodes = difference.after.flatMap((n) => (n.node ? [n.node] : []));
    const start = nodes[0]?.start ?? difference.anchor ?? 0;
    const end = Math.max(start, ...nodes.map((n) => n.end - 1));
    const line = target.after.lines.lineOf(start);
    const summary = `${summarize(difference, sources)} (moved from ${pair.path})`;
    return {
      line,
      endLine: target.after.lines.lineOf(end),
      side: 'after',
      ...(difference.symbol ? { symbol: difference.symbol } : {}),
      summary,
      reason: 'changed',
    };
  });
}

function removedPrivates(pair: AnalyzedPair): Unit[] {
  const afterKeys = new Set(pair.after.shape.units.map((u) => u.key));
  return pair.before.shape.units.filter((u) => u.name !== undefined && u.statement === u.body && !afterKeys.has(u.key));
}

function resolveTarget(
  byPath: ReadonlyMap<string, AnalyzedPair>,
  from: string,
  specifier: string,
): AnalyzedPair | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const stem = base.replace(/\.(m|c)?jsx?$/, '');
  const candidates = [
    base,
    `${stem}.ts`,
    `${stem}.tsx`,
    `${stem}.mts`,
    `${stem}.js`,
    `${stem}/index.ts`,
    `${stem}/index.js`,
  ];
  for (const candidate of candidates) {
    const found = byPath.get(candidate);
    if (found) return found;
  }
  return undefined;
}

function newExport(target: AnalyzedPair, name: string): Unit | undefined {
  if (target.before.shape.units.some((u) => u.name === name)) return undefined;
  return target.after.shape.units.find((u) => u.name === name && u.statement.type === 'ExportNamedDeclaration');
}

/**
 * A module whose evaluation has no effect: only function declarations and constant function or literal
 * values, export lists, and imports of Node's built-in modules (loading those runs nothing of the program's).
 */
export function isInert(side: ModuleSide): boolean {
  const quiet = side.shape.interfaceStatements.every(
    (s) =>
      (s.type === 'ExportNamedDeclaration' && !s.source) ||
      (s.type === 'ImportDeclaration' && isNode(s.source) && isBuiltin(String(s.source.value))),
  );
  return quiet && side.shape.units.every((u) => !u.evaluates || isInertConst(u.body));
}

/** A `const` whose every initializer is a literal (no substitutions) or a function: evaluating it runs nothing. */
export function isInertConst(node: AstNode): boolean {
  if (node.type !== 'VariableDeclaration' || node.kind !== 'const') return false;
  return (node.declarations as AstNode[]).every((d) => {
    const init = d.init as AstNode | null;
    return (
      init !== null &&
      INERT_VALUES.has(init.type) &&
      (init.type !== 'TemplateLiteral' || (init.expressions as unknown[]).length === 0)
    );
  });
}

const INERT_VALUES = new Set(['Literal', 'ArrowFunctionExpression', 'FunctionExpression', 'TemplateLiteral']);
