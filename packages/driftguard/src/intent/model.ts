import type { ContractSectionName } from '../config/index.js';

/** Where a declaration came from: the PR description given as a file, a GitHub event payload, or commit trailers. */
export type ContractSource = 'pr-body' | 'event' | 'trailers';

/** The change types a contract may declare, in the order the PR template lists them. */
export const CHANGE_TYPES = [
  'fix',
  'feature',
  'refactor',
  'style',
  'deps',
  'test',
  'docs',
  'migration',
  'config',
] as const;

/** One declared change type. */
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** How much of the change an AI assistant wrote, as the author declares it. */
export type AiLevel = 'none' | 'partial' | 'substantial';

/** One declared section: its value, where it came from, and the text as written (template comments removed). */
export interface ContractField<T> {
  readonly value: T;
  readonly source: ContractSource;
  readonly raw: string;
  /** 1-based line of the section's heading (or trailer) in the text it was read from. */
  readonly line?: number;
}

/**
 * One thing the change must not alter. `symbols` and `paths` come from backticked names and globs,
 * `keywords` from a `keywords:` list; `words` are the prose's content words, matched more cautiously.
 */
export interface NonGoal {
  readonly text: string;
  readonly symbols: readonly string[];
  readonly paths: readonly string[];
  readonly keywords: readonly string[];
  readonly words: readonly string[];
}

/** A changed file outside Scope, and why it had to change. An entry without a reason excuses nothing. */
export interface OutOfScopeFile {
  readonly path: string;
  readonly reason: string;
}

/** The AI assistance section: the declared level and the tool as `agent:model`, when named. */
export interface AiAssistance {
  readonly level: AiLevel;
  readonly tool?: string;
}

/** Evidence that an assistant took part: the section, an `Assisted-by:` or `Co-authored-by:` trailer, or a label. */
export interface AiSignal {
  readonly kind: 'section' | 'assisted-by' | 'co-authored-by' | 'label';
  /** What was found, as written: `substantial`, `claude-code:claude-sonnet-4`, `Copilot <…>`, `ai-assisted`. */
  readonly text: string;
  readonly tool?: string;
}

/** A section that was written but could not be read as its kind (a Change type naming no known type). */
export interface ContractProblem {
  readonly section: ContractSectionName;
  readonly message: string;
}

/**
 * The PR contract as declared. A field is absent when its section is missing, empty, only a template
 * comment, or a placeholder (`N/A`, `none`, `-`); for AI assistance `none` is a value.
 */
export interface PrContract {
  /** Where the contract was read from (the first source, when several were combined). */
  readonly source: ContractSource;
  readonly intent?: ContractField<string>;
  readonly changeType?: ContractField<readonly ChangeType[]>;
  readonly nonGoals?: ContractField<readonly NonGoal[]>;
  readonly semanticImpact?: ContractField<string>;
  readonly aiAssistance?: ContractField<AiAssistance>;
  readonly scope?: ContractField<readonly string[]>;
  readonly outOfScopeFiles?: ContractField<readonly OutOfScopeFile[]>;
  /** Every sign of AI assistance found while parsing (section, trailers, event labels). */
  readonly aiSignals: readonly AiSignal[];
  /** PR labels, when the contract came from an event payload. */
  readonly labels: readonly string[];
  /** Headings or trailer keys that are not contract sections: other languages, template extras. */
  readonly unknownSections: readonly string[];
  readonly problems: readonly ContractProblem[];
}
