/**
 * The PR contract: read it from a PR description, a GitHub event payload or commit trailers, and hold
 * it against the facts of a change (semantic diff, risk classification, changed files).
 */
export { combineContracts } from './combineContracts.js';
export { type DependencyBump, dependencyBumps, isLockfile, readDependencyBumps } from './dependencyBumps.js';
export { evaluateIntent } from './evaluateIntent.js';
export { aiSignalsOf } from './intentFacts.js';
export type { IntentFile, IntentInput } from './intentInput.js';
export { assistantOf, KNOWN_ASSISTANTS } from './knownAssistants.js';
export { matchNonGoal } from './matchNonGoal.js';
export {
  type AiAssistance,
  type AiLevel,
  type AiSignal,
  CHANGE_TYPES,
  type ChangeType,
  type ContractField,
  type ContractProblem,
  type ContractSource,
  type NonGoal,
  type OutOfScopeFile,
  type PrContract,
} from './model.js';
export { type ParseTrailersOptions, parseCommitTrailers } from './parseCommitTrailers.js';
export { type ParsePrBodyOptions, parsePrBody } from './parsePrBody.js';
export { type PullRequestEvent, parsePullRequestEvent } from './parsePullRequestEvent.js';
export { PR_TEMPLATE } from './prTemplate.js';
export { type BehavioralSize, behavioralSize } from './rules/tooLarge.js';
export { DEFAULT_INTENT_SEVERITY } from './severity.js';
export { parseTrailers, type Trailer } from './trailers.js';
