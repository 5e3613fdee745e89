import type { Comparison } from './compareModules.js';
import type { ModuleSide } from './moduleSide.js';
import type { AstNode } from './parseModule.js';
import { isErased } from './syntaxRoles.js';

/** Top-level statements TypeScript erases (interfaces, type aliases, `import type`) that differ: a type-only edit. */
export function reportTypeOnlyStatements(comparison: Comparison): void {
  const erased = (side: ModuleSide) => (side.program.body as AstNode[]).filter(isErased);
  const text = (side: ModuleSide) => erased(side).map((s) => side.source.slice(s.start, s.end).replace(/\s+/g, ''));
  const before = new Set(text(comparison.before));
  const afterStatements = erased(comparison.after);
  const changed = afterStatements.find(
    (s) => !before.has(comparison.after.source.slice(s.start, s.end).replace(/\s+/g, '')),
  );
  if (changed || before.size !== afterStatements.length) {
    const line = changed ? comparison.after.lines.lineOf(changed.start) : 1;
    comparison.delta.refactoring('type-only', line, 'type declarations changed (erased at runtime)');
  }
}
