import { describeChange, placeOf, riskField } from '../findingPlace.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';
import { matchNonGoal } from '../matchNonGoal.js';

/**
 * `intent/non-goal-violated`: a behavior change touches what a declared non-goal rules out. One
 * finding per behavior change, at its lines, naming the first non-goal it touches and how it matched.
 */
export function nonGoalViolated(facts: IntentFacts): DraftFinding[] {
  const goals = facts.contract?.nonGoals?.value ?? [];
  if (goals.length === 0) return [];
  return facts.behaviorChanges.flatMap((change) => {
    const risks = facts.directRisksOf(change.file);
    const touched = goals.flatMap((goal) => {
      const how = matchNonGoal(goal, change, risks);
      return how === undefined ? [] : [{ goal, how }];
    });
    const [first] = touched;
    if (first === undefined) return [];
    const more = touched.length > 1 ? ` (and ${touched.length - 1} more non-goal${touched.length > 2 ? 's' : ''})` : '';
    return [
      {
        code: 'intent/non-goal-violated' as const,
        message: `non-goal "${first.goal.text}" rules this out, but ${describeChange(change)} (matched by ${first.how})${more}: revert this behavior change, or drop the non-goal and declare the change under Intent and Semantic impact`,
        ...placeOf(change),
        ...riskField(facts.risksOf(change.file)),
      },
    ];
  });
}
