import type { Finding } from '../report/model.js';
import { type IntentFacts, intentFacts } from './intentFacts.js';
import type { DraftFinding, IntentInput } from './intentInput.js';
import { aiUnreviewed } from './rules/aiUnreviewed.js';
import { behaviorInRefactor } from './rules/behaviorInRefactor.js';
import { missingSection } from './rules/missingSection.js';
import { mixedConcerns } from './rules/mixedConcerns.js';
import { multipleRisks } from './rules/multipleRisks.js';
import { nonGoalViolated } from './rules/nonGoalViolated.js';
import { outOfScope } from './rules/outOfScope.js';
import { tooLarge } from './rules/tooLarge.js';
import { severityOf } from './severity.js';

/** The rules, in the order their findings are listed. */
const RULES: readonly ((facts: IntentFacts) => DraftFinding[])[] = [
  missingSection,
  behaviorInRefactor,
  nonGoalViolated,
  outOfScope,
  mixedConcerns,
  multipleRisks,
  tooLarge,
  aiUnreviewed,
];

/**
 * Holds the PR contract against the facts of a change and returns the `intent/*` findings, each with
 * the severity config gives it (findings set to `off` are dropped). Pure: same input, same findings.
 * `input.contract` undefined means "no description and no trailers": one finding says so.
 */
export function evaluateIntent(input: IntentInput): Finding[] {
  const facts = intentFacts(input);
  return RULES.flatMap((rule) => rule(facts)).flatMap((draft) => {
    const severity = severityOf(draft.code, draft.risk, input.config, facts.aiAssisted);
    return severity === 'off' ? [] : [{ ...draft, severity }];
  });
}
