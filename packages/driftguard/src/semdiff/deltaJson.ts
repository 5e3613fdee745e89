import type { BehaviorChange, SemanticDelta } from './model.js';

/**
 * The delta as the CLI's JSON contract prints it: exactly the contract's four keys in its order,
 * 2-space indent, trailing newline. `tests: true` adds `testChanges` after them (`--tests`).
 */
export function semanticDeltaJson(delta: SemanticDelta, options: { readonly tests?: boolean } = {}): string {
  const ordered = {
    verdict: delta.verdict,
    behaviorChanges: delta.behaviorChanges.map(behaviorChangeJson),
    refactorings: delta.refactorings.map((r) => ({ kind: r.kind, file: r.file, line: r.line, summary: r.summary })),
    unsupported: delta.unsupported.map((u) => ({ file: u.file, reason: u.reason })),
    ...(options.tests ? { testChanges: delta.testChanges.map(behaviorChangeJson) } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function behaviorChangeJson(c: BehaviorChange) {
  return {
    file: c.file,
    line: c.line,
    endLine: c.endLine,
    side: c.side,
    ...(c.symbol !== undefined ? { symbol: c.symbol } : {}),
    summary: c.summary,
    ...(c.reason !== undefined ? { reason: c.reason } : {}),
  };
}
