/**
 * What each stable finding code means, in one line: the rule descriptions SARIF and other
 * rule-aware formats show. A code missing here still renders, with a generic description.
 */
export const FINDING_CODES: Readonly<Record<string, string>> = {
  'risk/high': 'A changed file carries a reliability risk category (path rule, import chain or global trigger).',
  'semdiff/behavior-change':
    'The semantic diff found a runtime behavior change in a file that carries a risk category.',
  'gate/suite-failed': 'A suite required by the risk categories failed or could not run.',
  'gate/lock-missing': 'A change reaches a flow that requires behavior locks, and no lock guards that flow.',
  'gate/lock-snapshot-changed':
    "The PR rewrites a lock's approved output (its snapshot) without naming it in its Intent.",
  'gate/suite-unavailable': 'A suite required by the risk categories is not available in this version.',
  'intent/missing-section':
    'The PR contract lacks a section the change requires (Intent always; Non-goals and Semantic impact for risky changes), or there is no contract at all.',
  'intent/behavior-in-refactor':
    'The PR declares only refactor, style, docs or test, yet the semantic diff found a behavior change.',
  'intent/non-goal-violated': 'A behavior change touches what a declared non-goal rules out.',
  'intent/out-of-scope': 'A file changed outside the declared Scope, and no Out-of-scope files line explains it.',
  'intent/mixed-concerns':
    'Files that carry a risk bundle more than one kind of change: behavior, refactor, formatting, dependency upgrade.',
  'intent/multiple-risks': 'Behavior changes fall in more than one risk category.',
  'intent/too-large':
    'The behavioral size (behavior lines, behavior changes, critical symbols) is over the review budget.',
  'intent/ai-unreviewed': 'An AI-assisted change to a risky file has no human-written Semantic impact.',
};

/** The one-line description of `code`, or a generic one naming it when the code is not listed. */
export function describeCode(code: string): string {
  return FINDING_CODES[code] ?? `driftguard finding ${code}`;
}
