import { compareModules } from './compareModules.js';
import type { FileDelta } from './fileDelta.js';
import type { AnalyzedPair } from './findMoves.js';
import type { BehaviorChange, Refactoring, SemanticDelta } from './model.js';
import { analyzeModule, isAnalyzed, type ModuleSide } from './moduleSide.js';
import { type MoveHints, noMoveHints } from './moveHints.js';

/** One file pair's behavior changes and refactorings (the verdict is decided over all files). */
export interface FilePairDelta {
  readonly behaviorChanges: BehaviorChange[];
  readonly refactorings: Refactoring[];
}

/** Semantic diff of one TS/JS file pair, pure and synchronous (for tests and benchmarks). */
export function semanticDiffSources(before: string, after: string, options: { file?: string } = {}): SemanticDelta {
  const delta = diffFilePair(options.file ?? 'module.ts', before, after);
  return { verdict: verdictOf(before !== after, delta.behaviorChanges), ...delta, unsupported: [], testChanges: [] };
}

/** The verdict: identical when nothing differs, refactor-only when every difference is proven. */
export function verdictOf(anyDifference: boolean, changes: readonly BehaviorChange[]): SemanticDelta['verdict'] {
  if (changes.length > 0) return 'behavior-change';
  return anyDifference ? 'refactor-only' : 'identical';
}

/** Compares one file pair; a side that does not parse is reported as a `parse-error` behavior change. */
export function diffFilePair(file: string, before: string, after: string): FilePairDelta {
  if (before === after) return { behaviorChanges: [], refactorings: [] };
  const analyzed = analyzeFilePair(file, before, after);
  if ('behaviorChanges' in analyzed) return analyzed;
  return compareAnalyzed(analyzed);
}

/** Both sides analyzed, or the parse-error report when one does not parse. */
export function analyzeFilePair(file: string, before: string, after: string): AnalyzedPair | FilePairDelta {
  const beforeSide = analyzeModule(file, before);
  const afterSide = analyzeModule(file, after);
  if (isAnalyzed(beforeSide) && isAnalyzed(afterSide)) return { path: file, before: beforeSide, after: afterSide };
  const [side, failed] = isAnalyzed(afterSide) ? (['before', beforeSide] as const) : (['after', afterSide] as const);
  if (isAnalyzed(failed)) return { behaviorChanges: [], refactorings: [] };
  const summary = `${side} side does not parse: ${failed.message}`;
  const change: BehaviorChange = {
    file,
    line: failed.line,
    endLine: failed.line,
    side,
    summary,
    reason: 'parse-error',
  };
  return { behaviorChanges: [change], refactorings: [] };
}

/** Compares an analyzed pair, with what cross-file move detection proved about it. */
export function compareAnalyzed(pair: AnalyzedPair, moves: MoveHints = noMoveHints()): FilePairDelta {
  const delta = compareModules(pair.path, pair.before, pair.after, moves);
  noteComments(delta, pair.before, pair.after);
  return { behaviorChanges: delta.behaviorChanges, refactorings: delta.refactorings() };
}

function noteComments(delta: FileDelta, before: ModuleSide, after: ModuleSide): void {
  const text = (side: ModuleSide) => side.comments.map((c) => c.value.trim());
  const old = new Set(text(before));
  const changed = after.comments.find((c) => !old.has(c.value.trim()));
  if (changed || before.comments.length !== after.comments.length) {
    delta.refactoring('comment', changed ? after.lines.lineOf(changed.start) : 1, 'comments changed');
  }
}
