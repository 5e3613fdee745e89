import type { Classification } from '../risk/model.js';
import type { SemanticDelta } from '../semdiff/model.js';

/** How much a finding matters. Only `error` fails the gate. */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * One thing driftguard wants a human to see. `code` is stable (`risk/high`, `intent/behavior-in-refactor`);
 * `file` is POSIX relative to the repository root; `line`/`endLine` are 1-based lines of the head file.
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  /**
   * The risk category this finding belongs to, when it belongs to one; a finding about a file that
   * carries several names them all, sorted and comma-joined (`billing,payments`, as in `risks=` outputs).
   */
  readonly risk?: string;
}

/** The intent stage's reading of the change, beside its findings. */
export interface IntentSummary {
  readonly contractDeclared: boolean;
  readonly aiAssisted: boolean;
}

/** The outcome of one required suite (locks, contracts, replay, a custom command). */
export interface SuiteResult {
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'skipped' | 'errored';
  /** Why it ran or was skipped: the risk categories that required it, or what stopped it. */
  readonly reason: string;
  readonly durationMs: number;
  readonly exitCode?: number;
  /** The tail of its output, enough to act on. */
  readonly output?: string;
}

/** A pipeline stage and whether it ran. A stage that is not built yet says so instead of pretending. */
export interface StageStatus {
  readonly name: 'change' | 'risk' | 'semdiff' | 'intent' | 'gate';
  readonly status: 'ran' | 'skipped' | 'not-built';
  readonly note?: string;
}

/** What was compared: enough to name the change in every renderer. */
export interface ChangeSummary {
  readonly source: 'git' | 'directories';
  readonly base: string;
  readonly head: string;
  readonly filesChanged: number;
  readonly additions: number;
  readonly deletions: number;
}

/**
 * The one report every renderer reads. `verdict` is `fail` exactly when a finding is an error
 * or a suite failed or errored; renderers never recompute it.
 */
export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'driftguard'; readonly version: string };
  readonly verdict: 'pass' | 'fail';
  readonly change: ChangeSummary;
  readonly classification: Classification;
  /** The semantic diff of the change, when the semdiff stage ran. */
  readonly semdiff?: SemanticDelta;
  readonly findings: readonly Finding[];
  /** What the intent stage read: whether a contract was declared and whether the change is AI-assisted. */
  readonly intent?: IntentSummary;
  readonly suites: readonly SuiteResult[];
  readonly stages: readonly StageStatus[];
}
