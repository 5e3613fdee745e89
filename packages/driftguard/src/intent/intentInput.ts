import type { ChangedFile } from '../change/index.js';
import type { IntentCode, IntentConfig } from '../config/index.js';
import type { Finding } from '../report/model.js';
import type { Classification } from '../risk/model.js';
import type { SemanticDelta } from '../semdiff/model.js';
import type { DependencyBump } from './dependencyBumps.js';
import type { PrContract } from './model.js';

/** A changed file as the intent stage reads it: a ChangedFile will do. */
export type IntentFile = Pick<ChangedFile, 'path' | 'status' | 'additions' | 'deletions'> & {
  readonly oldPath?: string;
};

/** Everything {@link evaluateIntent} holds the contract against. Facts only: no I/O happens inside. */
export interface IntentInput {
  /**
   * The declared contract, or undefined when there is no PR description at all and no commit
   * trailers: then one `intent/missing-section` finding says the contract is absent.
   */
  readonly contract: PrContract | undefined;
  readonly semdiff: SemanticDelta;
  readonly classification: Classification;
  readonly files: readonly IntentFile[];
  /** PR labels (an `ai-assisted` label marks the change as AI-assisted); merged with the contract's. */
  readonly labels?: readonly string[];
  /**
   * Dependency changes in package.json files ({@link readDependencyBumps}). Without it, only changed
   * lockfiles count as a dependency upgrade for `intent/mixed-concerns`.
   */
  readonly dependencyBumps?: readonly DependencyBump[];
  /** The config's `intent` section. */
  readonly config: IntentConfig;
}

/** A finding before its severity is decided by config: what a rule reports. */
export type DraftFinding = Omit<Finding, 'severity' | 'code'> & { readonly code: IntentCode };
