import type { Comparison } from './compareModules.js';
import type { CanonicalUnit } from './matchUnits.js';

/**
 * Top-level statements that run when the module loads must keep their relative order (their effects and
 * temporal dead zones depend on it); function declarations are hoisted and may move freely.
 */
export function reportOrder(comparison: Comparison, pairs: readonly [CanonicalUnit, CanonicalUnit][]): void {
  const running = pairs.filter(([b]) => b.unit.evaluates).sort(([x], [y]) => x.index - y.index);
  let last = -1;
  for (const [, a] of running) {
    if (a.index < last) {
      const line = comparison.after.lines.lineOf(a.unit.statement.start);
      const endLine = comparison.after.lines.lineOf(a.unit.statement.end);
      const summary = `top-level statement moved before others that run when the module loads (${a.unit.key})`;
      comparison.delta.change({ line, endLine, side: 'after', summary, reason: 'unproven' });
      return;
    }
    last = a.index;
  }
}
