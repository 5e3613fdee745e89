import type { IntentConfig } from '../config/index.js';
import type { BehaviorChange, Refactoring } from '../semdiff/model.js';
import type { DependencyBump } from './dependencyBumps.js';
import type { IntentFile, IntentInput } from './intentInput.js';
import type { AiSignal, PrContract } from './model.js';

/** The input, indexed once for the rules: risks per path, AI signals, the budget that applies. */
export interface IntentFacts {
  readonly contract: PrContract | undefined;
  readonly config: IntentConfig;
  readonly files: readonly IntentFile[];
  readonly behaviorChanges: readonly BehaviorChange[];
  readonly refactorings: readonly Refactoring[];
  readonly dependencyBumps: readonly DependencyBump[] | undefined;
  /** Every risk category a changed path carries (path rule, import chain or global trigger), sorted. */
  risksOf(path: string): readonly string[];
  /**
   * The categories a path carries by its own path or imports. Global triggers are left out: a
   * manifest marks every category, which says nothing about which one its change is about.
   */
  directRisksOf(path: string): readonly string[];
  /** Changed paths that carry a risk category, in classification order. */
  readonly riskyFiles: readonly string[];
  readonly aiSignals: readonly AiSignal[];
  readonly aiAssisted: boolean;
}

/** Indexes an IntentInput for the rules. */
export function intentFacts(input: IntentInput): IntentFacts {
  const all = new Map<string, string[]>();
  const direct = new Map<string, string[]>();
  for (const file of input.classification.files) {
    all.set(file.path, distinct(file.risks.map((reason) => reason.risk)));
    direct.set(file.path, distinct(file.risks.filter((reason) => reason.reason !== 'global').map((r) => r.risk)));
  }
  const aiSignals = aiSignalsOf(input);
  return {
    contract: input.contract,
    config: input.config,
    files: input.files,
    behaviorChanges: input.semdiff.behaviorChanges,
    refactorings: input.semdiff.refactorings,
    dependencyBumps: input.dependencyBumps,
    risksOf: (path) => all.get(path) ?? [],
    directRisksOf: (path) => direct.get(path) ?? [],
    riskyFiles: [...all].filter(([, risks]) => risks.length > 0).map(([path]) => path),
    aiSignals,
    aiAssisted: aiSignals.length > 0,
  };
}

/** What marks a change as AI-assisted: the contract's own signals (section, trailers) and PR labels. */
export function aiSignalsOf(input: Pick<IntentInput, 'contract' | 'labels' | 'config'>): AiSignal[] {
  return [...(input.contract?.aiSignals ?? []), ...labelSignals(input)];
}

/** Labels that mark AI assistance, compared without case and with blanks and underscores as dashes. */
function labelSignals(input: Pick<IntentInput, 'contract' | 'labels' | 'config'>): AiSignal[] {
  const wanted = new Set(input.config.aiAssisted.labels.map(normalizeLabel));
  const labels = [...new Set([...(input.labels ?? []), ...(input.contract?.labels ?? [])])];
  return labels.filter((label) => wanted.has(normalizeLabel(label))).map((label) => ({ kind: 'label', text: label }));
}

function normalizeLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
