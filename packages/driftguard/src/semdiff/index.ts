/**
 * Refactoring-aware semantic diff for TS/JS: which edits are proven behavior-preserving refactorings,
 * and where runtime behavior may have changed.
 */

export { semanticDeltaJson } from './deltaJson.js';
export { readFilePairChange } from './filePairChange.js';
export { DEFAULT_SEMDIFF_IGNORE } from './ignore.js';
export type {
  BehaviorChange,
  BehaviorChangeReason,
  Refactoring,
  RefactoringKind,
  SemanticDelta,
  SemanticDiffOptions,
  Unsupported,
} from './model.js';
export { type RenderSemanticDeltaOptions, renderSemanticDeltaText } from './renderSemanticDelta.js';
export { semanticDiff } from './semanticDiff.js';
export { semanticDiffSources } from './semanticDiffSources.js';
