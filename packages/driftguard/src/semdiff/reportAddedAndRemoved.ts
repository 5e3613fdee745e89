import type { Comparison } from './compareModules.js';
import { isInertConst } from './findMoves.js';
import type { UnitMatching } from './matchUnits.js';
import { textOf } from './summarize.js';
import type { Unit } from './units.js';

/**
 * Declarations and statements present on one side only are behavior changes, except functions that an
 * extract or inline proof accounted for. Removals point at the before side.
 */
export function reportAddedAndRemoved(comparison: Comparison, matching: UnitMatching): void {
  for (const { unit, canonical } of matching.added) {
    if (!canonical || isAccountedFor(comparison, unit)) continue;
    const { lines, source } = comparison.after;
    comparison.delta.change({
      line: lines.lineOf(unit.statement.start),
      endLine: lines.lineOf(Math.max(unit.statement.start, unit.statement.end - 1)),
      side: 'after',
      ...(unit.name !== undefined ? { symbol: unit.name } : {}),
      summary: `${describe(unit.name, textOf(unit.statement, source))} added`,
      reason: unit.evaluates ? 'changed' : 'unproven',
    });
  }
  for (const { unit, canonical } of matching.removed) {
    if (!canonical || isAccountedFor(comparison, unit)) continue;
    const { lines, source } = comparison.before;
    comparison.delta.change({
      line: lines.lineOf(unit.statement.start),
      endLine: lines.lineOf(Math.max(unit.statement.start, unit.statement.end - 1)),
      side: 'before',
      ...(unit.name !== undefined ? { symbol: unit.name } : {}),
      summary: `${describe(unit.name, textOf(unit.statement, source))} removed`,
      reason: unit.evaluates ? 'changed' : 'unproven',
    });
  }
}

/**
 * A module-private function declaration, or a `const` of literals or functions, runs nothing and is
 * reachable only by name: every use of it (or of a global it now shadows) differs at the use site,
 * which is reported there. Extract/inline proofs and moves account for the others. With `eval` or
 * `with` in the module nothing is inert.
 */
function isAccountedFor(comparison: Comparison, unit: Unit): boolean {
  if (unit.name !== undefined && comparison.proven.has(unit.name)) return true;
  const dynamic = comparison.before.resolution.dynamic || comparison.after.resolution.dynamic;
  if (dynamic || unit.statement !== unit.body) return false;
  return unit.body.type === 'FunctionDeclaration' || isInertConst(unit.body);
}

function describe(name: string | undefined, text: string): string {
  return name !== undefined ? `declaration ${name}` : `statement \`${text}\``;
}
