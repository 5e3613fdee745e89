import { listSome, riskField } from '../findingPlace.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';
import type { AiSignal } from '../model.js';

const SIGNAL_LABELS: Readonly<Record<AiSignal['kind'], string>> = {
  section: 'AI assistance:',
  'assisted-by': 'Assisted-by:',
  'co-authored-by': 'Co-authored-by:',
  label: 'label',
};

/**
 * `intent/ai-unreviewed`: an AI-assisted change (the AI assistance section, an `Assisted-by:` or
 * assistant `Co-authored-by:` trailer, or a label) touches a file that carries a risk category, and
 * nobody wrote its Semantic impact. driftguard cannot tell who wrote a section; it asks that one is there.
 */
export function aiUnreviewed(facts: IntentFacts): DraftFinding[] {
  const [signal] = facts.aiSignals;
  if (signal === undefined || facts.riskyFiles.length === 0) return [];
  if (facts.contract?.semanticImpact !== undefined) return [];
  const risks = facts.riskyFiles.flatMap((path) => facts.risksOf(path));
  return [
    {
      code: 'intent/ai-unreviewed',
      message: `AI-assisted change (${SIGNAL_LABELS[signal.kind]} ${signal.text}) to ${listSome(facts.riskyFiles)} (${[...new Set(risks)].sort().join(', ')}) has no human-written Semantic impact: a person who read the diff writes under "## Semantic impact" what behaves differently after it, and for whom`,
      ...riskField(risks),
    },
  ];
}
