import type { CanonicalNode } from './canonicalTree.js';
import type { Comparison } from './compareModules.js';
import { type InlinedCall, inlineCall } from './inlineCall.js';
import { type InlinedConstants, inlineConstants } from './inlineConstants.js';
import { locateDifferences, NO_PROVERS, type Provers } from './locateDifference.js';
import { reportDifference } from './reportDifference.js';

/**
 * Provers for extract and inline function: a call to a function added on the after side (or removed
 * from the before side) is expanded into what it runs, with parameters bound to arguments, and compared
 * with the code it replaced. When the bodies differ, the differences inside the function are reported.
 */
export function inliningProvers(comparison: Comparison): Provers {
  return {
    pair: (before, after, symbol) => provePair(comparison, before, after, symbol),
    expand: (before, after, symbol) => expandStatements(comparison, [before, after], symbol),
  };
}

function provePair(comparison: Comparison, b: CanonicalNode, a: CanonicalNode, symbol: string | undefined): boolean {
  const extracted = inlineCall(comparison.afterContext, a, comparison.addedFunctions);
  const one = extracted?.inlined[0];
  if (extracted && one && extracted.inlined.length === 1) {
    return settle(comparison, 'extract-function', extracted, { before: b, after: one, at: a, symbol });
  }
  const inlined = inlineCall(comparison.beforeContext, b, comparison.removedFunctions);
  const other = inlined?.inlined[0];
  if (inlined && other && inlined.inlined.length === 1) {
    return settle(comparison, 'inline-function', inlined, { before: other, after: a, at: a, symbol });
  }
  return false;
}

interface InlinedPair {
  readonly before: CanonicalNode;
  readonly after: CanonicalNode;
  readonly at: CanonicalNode;
  readonly symbol: string | undefined;
}

function settle(
  comparison: Comparison,
  kind: 'extract-function' | 'inline-function',
  call: InlinedCall,
  pair: InlinedPair,
): true {
  comparison.proven.add(call.name);
  const differences = locateDifferences(pair.before, pair.after, NO_PROVERS, call.name);
  if (differences.length === 0) record(comparison, kind, call.name, pair.at, pair.symbol);
  for (const difference of differences) reportDifference(comparison, difference, call.home);
  return true;
}

function record(
  comparison: Comparison,
  kind: 'extract-function' | 'inline-function',
  name: string,
  at: CanonicalNode,
  symbol: string | undefined,
): void {
  const line = comparison.after.lines.lineOf(at.node?.start ?? 0);
  const verb = kind === 'extract-function' ? `extracted ${name}() from` : `inlined ${name}() into`;
  comparison.delta.refactoring(kind, line, `${verb} ${symbol ?? 'the module'}`);
}

/** Replaces each call statement to an inlinable function by the statements it runs; undefined when there is none. */
function expandStatements(
  comparison: Comparison,
  original: readonly [readonly CanonicalNode[], readonly CanonicalNode[]],
  symbol: string | undefined,
): [CanonicalNode[], CanonicalNode[]] | undefined {
  const [before, after] = withConstantsInlined(comparison, original);
  const extracted: { name: string; at: CanonicalNode }[] = [];
  const inlined: { name: string; at: CanonicalNode }[] = [];
  const expandAfter = (call: CanonicalNode) =>
    inlineCall(comparison.afterContext, call, comparison.addedFunctions, true);
  const expandBefore = (call: CanonicalNode) =>
    inlineCall(comparison.beforeContext, call, comparison.removedFunctions, true);
  const newAfter = after.list.flatMap((s) => expandOne(s, expandAfter, extracted));
  const newBefore = before.list.flatMap((s) => expandOne(s, expandBefore, inlined));
  if (extracted.length + inlined.length + before.names.length + after.names.length === 0) return undefined;
  const equal = newBefore.length === newAfter.length && newBefore.every((n, i) => n.id === newAfter[i]?.id);
  const at = after.list[0] ?? before.list[0];
  for (const { name, at: site } of extracted) {
    comparison.proven.add(name);
    if (equal) record(comparison, 'extract-function', name, site, symbol);
  }
  for (const { name } of inlined) {
    comparison.proven.add(name);
    if (equal && at) record(comparison, 'inline-function', name, at, symbol);
  }
  if (equal && at) recordConstants(comparison, before.names, after.names, at, symbol);
  return [newBefore, newAfter];
}

function withConstantsInlined(
  comparison: Comparison,
  [before, after]: readonly [readonly CanonicalNode[], readonly CanonicalNode[]],
): [InlinedConstants, InlinedConstants] {
  const beforeIds = new Set(before.map((n) => n.id));
  const afterIds = new Set(after.map((n) => n.id));
  const none = (list: readonly CanonicalNode[]): InlinedConstants => ({ list: [...list], names: [] });
  return [
    inlineConstants(comparison.beforeContext, before, afterIds) ?? none(before),
    inlineConstants(comparison.afterContext, after, beforeIds) ?? none(after),
  ];
}

function recordConstants(
  comparison: Comparison,
  inlined: readonly string[],
  extracted: readonly string[],
  at: CanonicalNode,
  symbol: string | undefined,
): void {
  const line = comparison.after.lines.lineOf(at.node?.start ?? 0);
  const where = symbol ? ` in ${symbol}` : '';
  if (inlined.length > 0)
    comparison.delta.refactoring('inline-function', line, `inlined constant ${inlined.join(', ')}${where}`);
  if (extracted.length > 0)
    comparison.delta.refactoring('extract-function', line, `extracted constant ${extracted.join(', ')}${where}`);
}

function expandOne(
  statement: CanonicalNode,
  inline: (call: CanonicalNode) => InlinedCall | undefined,
  found: { name: string; at: CanonicalNode }[],
): CanonicalNode[] {
  if (statement.node?.type !== 'ExpressionStatement') return [statement];
  const call = statement.kids.find((k) => k.node?.type === 'CallExpression');
  const inlined = call && inline(call);
  if (!inlined) return [statement];
  found.push({ name: inlined.name, at: statement });
  return [...inlined.inlined];
}
