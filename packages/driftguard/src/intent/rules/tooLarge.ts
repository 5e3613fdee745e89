import type { SizeBudget } from '../../config/index.js';
import { riskField } from '../findingPlace.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';

/** The behavioral size of a change: what a reviewer must read closely; proven refactorings are not in it. */
export interface BehavioralSize {
  /** Lines inside behavior changes (endLine - line + 1, summed). */
  readonly behaviorLines: number;
  /** Behavior changes (the hunks semdiff reports). */
  readonly behaviorChanges: number;
  /** Distinct symbols (or files, for a change outside any symbol) with a behavior change in a risky file. */
  readonly criticalSymbols: number;
}

/** The behavioral size of the facts' behavior changes. */
export function behavioralSize(facts: IntentFacts): BehavioralSize {
  const critical = new Set<string>();
  let lines = 0;
  for (const change of facts.behaviorChanges) {
    lines += Math.max(1, change.endLine - change.line + 1);
    if (facts.risksOf(change.file).length > 0) critical.add(`${change.file}#${change.symbol ?? ''}`);
  }
  return { behaviorLines: lines, behaviorChanges: facts.behaviorChanges.length, criticalSymbols: critical.size };
}

const LABELS: Readonly<Record<keyof SizeBudget, string>> = {
  behaviorLines: 'behavior lines',
  behaviorChanges: 'behavior changes',
  criticalSymbols: 'critical symbols',
};

/**
 * `intent/too-large`: the behavioral size is over budget (`intent.budget`, or the smaller
 * `intent.aiAssisted.budget` for an AI-assisted change). The default budget is what a reviewer reads
 * carefully in about five minutes; docs/intent.md gives the sources.
 */
export function tooLarge(facts: IntentFacts): DraftFinding[] {
  const budget = facts.aiAssisted ? facts.config.aiAssisted.budget : facts.config.budget;
  const size = behavioralSize(facts);
  const keys = Object.keys(LABELS) as (keyof SizeBudget)[];
  if (!keys.some((key) => size[key] > budget[key])) return [];
  const parts = keys.map((key) =>
    size[key] > budget[key] ? `${size[key]} ${LABELS[key]} (budget ${budget[key]})` : `${size[key]} ${LABELS[key]}`,
  );
  const which = facts.aiAssisted ? 'intent.aiAssisted.budget, the budget of AI-assisted changes' : 'intent.budget';
  const risky = facts.behaviorChanges.flatMap((change) => facts.risksOf(change.file));
  return [
    {
      code: 'intent/too-large',
      message: `behavioral size over budget: ${parts.join(', ')}; proven refactorings are not counted: split the behavior changes into PRs a reviewer can read closely in about five minutes each, or raise ${which}`,
      ...riskField(risky),
    },
  ];
}
