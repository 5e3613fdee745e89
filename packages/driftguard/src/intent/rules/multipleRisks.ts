import type { BehaviorChange } from '../../semdiff/model.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';

/**
 * `intent/multiple-risks`: behavior changes in more than one risk category, counted by the
 * categories a file carries by path or import (a manifest's global trigger marks every category and
 * says nothing about which one its change is about).
 */
export function multipleRisks(facts: IntentFacts): DraftFinding[] {
  const byRisk = new Map<string, BehaviorChange[]>();
  for (const change of facts.behaviorChanges) {
    for (const risk of facts.directRisksOf(change.file)) byRisk.set(risk, [...(byRisk.get(risk) ?? []), change]);
  }
  if (byRisk.size < 2) return [];
  const risks = [...byRisk.keys()].sort();
  const parts = risks.map((risk) => {
    const changes = byRisk.get(risk)!;
    const first = changes[0]!;
    const at = first.side === 'after' ? `${first.file}:${first.line}` : first.file;
    return `${risk} (${changes.length}, e.g. ${at})`;
  });
  return [
    {
      code: 'intent/multiple-risks',
      message: `behavior changes in ${risks.length} risk categories: ${parts.join(', ')}: each category needs a reviewer who knows it and its own evidence; split the PR so each carries one`,
      risk: risks.join(','),
    },
  ];
}
