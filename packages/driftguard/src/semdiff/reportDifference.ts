import type { Comparison } from './compareModules.js';
import type { FunctionHome } from './inlineCall.js';
import type { Difference } from './locateDifference.js';
import { summarize } from './summarize.js';

/**
 * Reports one located difference as a behavior change on the after side, with its summary. `home` names
 * another file when the after nodes come from there (a function extracted into another module).
 */
export function reportDifference(comparison: Comparison, difference: Difference, explicitHome?: FunctionHome): void {
  const nodes = difference.after.flatMap((n) => (n.node ? [n.node] : []));
  const first = nodes[0];
  const home = explicitHome ?? (first ? comparison.nodeHomes.get(first) : undefined);
  const lines = home?.side.lines ?? comparison.after.lines;
  const start = nodes.length > 0 ? Math.min(...nodes.map((n) => n.start)) : (difference.anchor ?? 0);
  const end = nodes.length > 0 ? Math.max(...nodes.map((n) => n.end)) : start;
  const after = home?.side.source ?? comparison.after.source;
  const summary = summarize(difference, { before: comparison.before.source, after });
  const line = lines.lineOf(start);
  const endLine = Math.max(line, lines.lineOf(Math.max(start, end - 1)));
  comparison.delta.changeIn(home?.file, {
    line,
    endLine,
    side: 'after',
    ...(difference.symbol ? { symbol: difference.symbol } : {}),
    summary,
    reason: 'changed',
  });
}
