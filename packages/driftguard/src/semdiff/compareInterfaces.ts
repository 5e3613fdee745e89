import { isBuiltin } from 'node:module';
import type { CanonicalContext } from './canonicalize.js';
import type { Comparison } from './compareModules.js';
import { type InterfaceFact, interfaceFacts } from './moduleInterface.js';
import type { ModuleSide } from './moduleSide.js';

/**
 * Compares what a module evaluates and exports. A fact on one side only is a behavior change (a module
 * no longer loaded, an export gone); equal facts written differently are an import reshuffle.
 */
export function compareInterfaces(comparison: Comparison): void {
  const exempt = exemptFacts(comparison);
  const before = factsOf(comparison.beforeContext, comparison.before)
    .map((f) => renamedFact(comparison, f))
    .filter((f) => f.fact !== '' && !exempt.has(f.fact) && !loadsBuiltin(f));
  const after = factsOf(comparison.afterContext, comparison.after).filter(
    (f) => !exempt.has(f.fact) && !loadsBuiltin(f),
  );
  const afterKeys = new Set(after.map((f) => f.fact));
  const beforeKeys = new Set(before.map((f) => f.fact));
  const added = after.filter((f) => !beforeKeys.has(f.fact));
  const removed = before.filter((f) => !afterKeys.has(f.fact));
  for (const fact of added) report(comparison, fact, 'after', `${fact.fact} (added)`);
  for (const fact of removed) report(comparison, fact, 'before', `${fact.fact} (removed)`);
  if (added.length > 0 || removed.length > 0) return;
  const text = (side: ModuleSide) =>
    side.shape.interfaceStatements.map((s) => side.source.slice(s.start, s.end).replace(/\s+/g, '')).join(';');
  if (text(comparison.before) !== text(comparison.after) && comparison.moves.inertSources.size === 0) {
    const first = comparison.after.shape.interfaceStatements[0];
    const line = first ? comparison.after.lines.lineOf(first.start) : 1;
    comparison.delta.refactoring(
      'import-reshuffle',
      line,
      'imports or exports rewritten, binding the same names from the same modules',
    );
  }
}

/** Loading one of Node's built-in modules runs none of the program's code: whether a module does is no fact. */
function loadsBuiltin(fact: InterfaceFact): boolean {
  return fact.fact.startsWith('evaluates ') && isBuiltin(fact.fact.slice('evaluates '.length));
}

/** Facts a proven move accounts for: the moved declaration's new export, the new import of an inert module. */
function exemptFacts(comparison: Comparison): Set<string> {
  const { movedIn, inertSources } = comparison.moves;
  return new Set([
    ...[...movedIn].map((name) => `exports ${name} = ${name}`),
    ...[...inertSources].map((s) => `evaluates ${s}`),
  ]);
}

/** A before-side export fact as a proven export rename restates it: `exports a = a` → `exports b = b`. */
function renamedFact(comparison: Comparison, fact: InterfaceFact): InterfaceFact {
  const { exportRenames, reexportRenames, factRewrites } = comparison.moves;
  const rewritten = factRewrites.get(fact.fact);
  if (rewritten !== undefined) return { ...fact, fact: rewritten };
  const match = /^exports (\S+) = (.*)$/.exec(fact.fact);
  if (!match) return fact;
  const [, exported = '', value = ''] = match;
  const renamed = exportRenames.get(exported)?.to;
  const reexport = reexportRenames.get(value);
  if (renamed !== undefined) return { ...fact, fact: `exports ${renamed} = ${value === exported ? renamed : value}` };
  if (reexport !== undefined) return { ...fact, fact: `exports ${exported} = ${reexport}` };
  return fact;
}

function factsOf(context: CanonicalContext, side: ModuleSide): InterfaceFact[] {
  const exported = side.shape.units.map((u) => u.statement).filter((s) => s.type === 'ExportNamedDeclaration');
  return interfaceFacts(context, side.shape.interfaceStatements, exported);
}

function report(comparison: Comparison, fact: InterfaceFact, side: 'after' | 'before', summary: string): void {
  const lines = side === 'after' ? comparison.after.lines : comparison.before.lines;
  const line = lines.lineOf(fact.statement.start);
  const endLine = lines.lineOf(Math.max(fact.statement.start, fact.statement.end - 1));
  comparison.delta.change({ line, endLine, side, summary, reason: 'changed' });
}
