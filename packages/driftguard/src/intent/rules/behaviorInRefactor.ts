import picomatch from 'picomatch';
import type { BehaviorChange } from '../../semdiff/model.js';
import { describeChange, placeOf, riskField } from '../findingPlace.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';
import type { ChangeType } from '../model.js';

/** Change types that promise no runtime behavior change. */
const BEHAVIOR_FREE: ReadonlySet<ChangeType> = new Set(['refactor', 'style', 'docs', 'test']);

/** Files whose behavior a declared `test` or `docs` change is allowed to change: the tests and docs themselves. */
const ALLOWED_FILES: Partial<Record<ChangeType, (path: string) => boolean>> = {
  test: picomatch(['**/*.{test,spec}.*', '**/__tests__/**', '**/test/**', '**/tests/**', 'test/**', 'tests/**'], {
    dot: true,
  }),
  docs: picomatch(['**/*.{md,mdx,rst,txt,adoc}', 'docs/**', '**/docs/**'], { dot: true }),
};

/**
 * `intent/behavior-in-refactor`: the declared change types are all behavior-free (refactor, style,
 * docs, test), yet semdiff found behavior changes. One finding per behavior change, at its lines.
 */
export function behaviorInRefactor(facts: IntentFacts): DraftFinding[] {
  const declared = facts.contract?.changeType?.value ?? [];
  if (declared.length === 0 || !declared.every((type) => BEHAVIOR_FREE.has(type))) return [];
  const allowed = (change: BehaviorChange): boolean => declared.some((type) => ALLOWED_FILES[type]?.(change.file));
  const label = declared.join(' + ');
  return facts.behaviorChanges
    .filter((change) => !allowed(change))
    .map((change) => ({
      code: 'intent/behavior-in-refactor',
      message: `declared ${label}, but ${describeChange(change)}: move this behavior change into its own PR, or declare it (Change type fix or feature) and describe it under Semantic impact`,
      ...placeOf(change),
      ...riskField(facts.risksOf(change.file)),
    }));
}
