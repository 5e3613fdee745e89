/** Why a behavior change is reported: a proven difference, a difference we could not prove harmless, a file we could not read. */
export type BehaviorChangeReason = 'changed' | 'unproven' | 'parse-error' | 'unsupported';

/** One place where runtime behavior may differ; `line`/`endLine` are 1-based, inclusive, on `side`. */
export interface BehaviorChange {
  file: string;
  line: number;
  endLine: number;
  side: 'after' | 'before';
  symbol?: string;
  summary: string;
  reason?: BehaviorChangeReason;
}

/** The kinds of edit semdiff proves behavior-preserving. */
export type RefactoringKind =
  | 'format'
  | 'comment'
  | 'literal-spelling'
  | 'type-only'
  | 'rename'
  | 'move'
  | 'extract-function'
  | 'inline-function'
  | 'import-reshuffle';

/** One proven refactoring, listed once per kind per file (the first place it occurs). */
export interface Refactoring {
  kind: RefactoringKind;
  file: string;
  line: number;
  summary: string;
}

/** A changed file semdiff cannot analyze (not TS/JS). */
export interface Unsupported {
  file: string;
  reason: string;
}

/** The semantic diff of a change: refactor-only is a promise that runtime behavior did not change. */
export interface SemanticDelta {
  verdict: 'identical' | 'refactor-only' | 'behavior-change';
  behaviorChanges: BehaviorChange[];
  refactorings: Refactoring[];
  unsupported: Unsupported[];
  /**
   * Differences in test code (`tests` globs): listed like behavior changes, but the test suite's behavior
   * is not the program's, so they do not decide the verdict.
   */
  testChanges: BehaviorChange[];
}

/** Options of {@link semanticDiff}. */
export interface SemanticDiffOptions {
  /** Globs of changed files to leave out (default: docs and licenses). */
  readonly ignore?: readonly string[];
  /** Globs of test code: its differences go to `testChanges` (default: `*.test.*`, `*.spec.*`, `__tests__/`, `test/`, `tests/`). */
  readonly tests?: readonly string[];
}
