/**
 * Scores engine outcomes against what the generator knows: which cases hold a mutation and where.
 * Pure: outcomes in, figures out.
 *
 * @typedef {import('./runCase.mjs').CaseOutcome} CaseOutcome
 * @typedef {object} Score
 * @property {number} total
 * @property {CaseOutcome[]} errors cases where the engine threw
 * @property {{ cases: number, missed: CaseOutcome[], localized: number, unlocalized: CaseOutcome[] }} mutated
 * @property {{ cases: number, falseAlarms: CaseOutcome[], identical: CaseOutcome[] }} refactorOnly
 * @property {Map<string, { cases: number, falseAlarms: number, alone: number, aloneFalseAlarms: number }>} byRefactoring
 *   false alarms per refactoring kind: over every case that holds the kind, and over cases of that kind alone
 * @property {Map<string, { cases: number, missed: number, localized: number }>} byMutation per mutation kind
 * @property {number[]} times per-case milliseconds, sorted
 */

/** How far (in lines) a reported range may sit from the mutation and still count as localized. */
export const LOCALIZATION_SLACK = 2;

/**
 * @param {CaseOutcome[]} outcomes
 * @returns {Score}
 */
export function scoreOutcomes(outcomes) {
  const answered = outcomes.filter((outcome) => outcome.error === undefined);
  const mutated = answered.filter((outcome) => outcome.entry.mutation);
  const refactorOnly = answered.filter((outcome) => !outcome.entry.mutation);
  return {
    total: outcomes.length,
    errors: outcomes.filter((outcome) => outcome.error !== undefined),
    mutated: {
      cases: mutated.length,
      missed: mutated.filter((outcome) => outcome.delta?.verdict !== 'behavior-change'),
      localized: mutated.filter(isLocalized).length,
      unlocalized: mutated.filter((outcome) => outcome.delta?.verdict === 'behavior-change' && !isLocalized(outcome)),
    },
    refactorOnly: {
      cases: refactorOnly.length,
      falseAlarms: refactorOnly.filter(isFalseAlarm),
      identical: refactorOnly.filter((outcome) => outcome.delta?.verdict === 'identical'),
    },
    byRefactoring: tallyRefactorings(refactorOnly),
    byMutation: tallyMutations(mutated),
    times: outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b),
  };
}

function isFalseAlarm(outcome) {
  return outcome.delta?.verdict === 'behavior-change';
}

/**
 * A reported behavior change in the mutated file whose line range is within the slack of the
 * mutation: of its after-side line, or, for a range on the before side (a pure deletion), of its
 * before-side line when the generator could locate it (else the after-side line is used).
 */
export function isLocalized(outcome) {
  const mutation = outcome.entry.mutation;
  const changes = outcome.delta?.behaviorChanges ?? [];
  return changes.some((change) => {
    if (baseName(change.file ?? '') !== baseName(mutation.file)) return false;
    const target = change.side === 'before' ? (mutation.beforeLine ?? mutation.line) : mutation.line;
    const first = change.line;
    const last = change.endLine ?? change.line;
    const distance = target < first ? first - target : target > last ? target - last : 0;
    return distance <= LOCALIZATION_SLACK;
  });
}

function baseName(path) {
  return path.slice(path.lastIndexOf('/') + 1);
}

function tallyRefactorings(refactorOnly) {
  const tally = new Map();
  for (const outcome of refactorOnly) {
    const kinds = new Set(outcome.entry.kinds);
    for (const kind of kinds) {
      const row = tally.get(kind) ?? { cases: 0, falseAlarms: 0, alone: 0, aloneFalseAlarms: 0 };
      row.cases++;
      if (isFalseAlarm(outcome)) row.falseAlarms++;
      if (kinds.size === 1) row.alone++;
      if (kinds.size === 1 && isFalseAlarm(outcome)) row.aloneFalseAlarms++;
      tally.set(kind, row);
    }
  }
  return tally;
}

function tallyMutations(mutated) {
  const tally = new Map();
  for (const outcome of mutated) {
    const kind = outcome.entry.mutation.kind;
    const row = tally.get(kind) ?? { cases: 0, missed: 0, localized: 0 };
    row.cases++;
    if (outcome.delta?.verdict !== 'behavior-change') row.missed++;
    if (isLocalized(outcome)) row.localized++;
    tally.set(kind, row);
  }
  return tally;
}

/**
 * The value at a percentile of sorted numbers (nearest rank); undefined when there are none.
 * @param {number[]} sorted
 * @param {number} percent
 */
export function percentile(sorted, percent) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((percent / 100) * sorted.length) - 1)];
}
