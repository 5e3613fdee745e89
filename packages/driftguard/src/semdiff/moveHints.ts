import type { FunctionHome } from './inlineCall.js';
import type { BehaviorChange } from './model.js';
import type { AstNode } from './parseModule.js';

/** What cross-file move detection proved for one file, for its comparison to take into account. */
export interface MoveHints {
  /** Before-side module names that now come from an import: name → the import's label. */
  readonly renames: Map<string, string>;
  /** Declarations that left this file for another (not reported as removed). */
  readonly movedOut: Set<string>;
  /** Declarations that arrived from another file (not reported as added, nor their export). */
  readonly movedIn: Set<string>;
  /** Import specifiers of modules proven inert: evaluating them newly has no effect. */
  readonly inertSources: Set<string>;
  /** Functions newly exported by an inert module that this file newly imports, by import label: extract candidates. */
  readonly externalFunctions: Map<string, { readonly declaration: AstNode; readonly home: FunctionHome }>;
  /** Differences inside declarations that moved here and changed on the way. */
  readonly changes: Omit<BehaviorChange, 'file'>[];
  /** Exported declarations of this file renamed, with every importer updated: old name → new name. */
  readonly exportRenames: Map<string, { readonly to: string; readonly importers: number }>;
  /** Re-exports of a renamed export that now name it anew (`a from ./f` → `b from ./f`), the exported name kept. */
  readonly reexportRenames: Map<string, string>;
  /** Before-side interface facts restated as the after side states them (`''`: the fact is gone, proven). */
  readonly factRewrites: Map<string, string>;
  /** One line per proven move, for the refactorings list. */
  readonly moves: { readonly name: string; readonly from: string; readonly to: string }[];
}

/** Hints that prove nothing: a file compared on its own. */
export function noMoveHints(): MoveHints {
  return {
    renames: new Map(),
    movedOut: new Set(),
    movedIn: new Set(),
    inertSources: new Set(),
    externalFunctions: new Map(),
    exportRenames: new Map(),
    reexportRenames: new Map(),
    factRewrites: new Map(),
    changes: [],
    moves: [],
  };
}
