import type { CanonicalNode } from './canonicalTree.js';
import type { Comparison } from './compareModules.js';
import { locateDifferences } from './locateDifference.js';
import type { CanonicalUnit } from './matchUnits.js';
import { mergeSameLine } from './mergeSameLine.js';
import { inliningProvers } from './proveByInlining.js';
import { collectRenames, type RenamedIdentifier, textualEdits } from './refactoringKinds.js';
import { reportDifference } from './reportDifference.js';

/** Compares one matched pair of units: equal forms yield refactorings, differences are proven or reported. */
export function compareUnitPair(comparison: Comparison, before: CanonicalUnit, after: CanonicalUnit): void {
  const b = before.canonical;
  const a = after.canonical;
  const line = comparison.after.lines.lineOf(after.unit.statement.start);
  if (!b || !a) return;
  if (b.id === a.id) {
    const beforeText = comparison.before.source.slice(before.unit.statement.start, before.unit.statement.end);
    const afterText = comparison.after.source.slice(after.unit.statement.start, after.unit.statement.end);
    if (beforeText !== afterText) recordEdits(comparison, b, a, line, after.unit.key);
    return;
  }
  const renames = new Map<string, RenamedIdentifier>();
  collectRenames(b, a, renames);
  recordRenames(comparison, [...renames.values()], line, after.unit.key);
  const differences = locateDifferences(b, a, inliningProvers(comparison));
  for (const difference of mergeSameLine(differences, comparison.after.lines)) reportDifference(comparison, difference);
}

function recordEdits(comparison: Comparison, b: CanonicalNode, a: CanonicalNode, line: number, symbol: string): void {
  const edits = textualEdits(b, a, [comparison.before, comparison.after]);
  recordRenames(comparison, edits.renames, line, symbol);
  for (const kind of edits.kinds) {
    if (kind !== 'rename') comparison.delta.refactoring(kind, line, `${KIND_SUMMARY[kind] ?? kind} in ${symbol}`);
  }
}

/**
 * Records renames; a renamed local function or class whose name is observable on either side (read as a
 * value, not only called) is a behavior change instead: `fn.name` differs.
 */
function recordRenames(
  comparison: Comparison,
  renames: readonly RenamedIdentifier[],
  line: number,
  symbol: string,
): void {
  const plain: string[] = [];
  for (const rename of renames) {
    const before = comparison.before.resolution.bindingOf.get(rename.before);
    const after = comparison.after.resolution.bindingOf.get(rename.after);
    if (before?.kind === 'module' || after?.kind === 'module') continue;
    const observable = [before, after].some((b) => b?.kind === 'local' && b.holdsFunction && b.readAsValue);
    if (!observable) {
      plain.push(rename.text);
      continue;
    }
    const at = comparison.after.lines.lineOf(rename.after.start);
    const summary = `${rename.text} renames a function whose name is observable (it is used as a value)`;
    comparison.delta.change({ line: at, endLine: at, side: 'after', symbol, summary, reason: 'unproven' });
  }
  comparison.delta.rename(plain, line, symbol);
}

const KIND_SUMMARY: Readonly<Record<string, string>> = {
  format: 'formatting changed',
  comment: 'comments changed',
  'literal-spelling': 'literals spelled differently, same values',
  'type-only': 'type annotations changed',
};
