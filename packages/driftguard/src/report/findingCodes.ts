/**
 * What each stable finding code means, in one line: the rule descriptions SARIF and other
 * rule-aware formats show. A code missing here still renders, with a generic description.
 */
export const FINDING_CODES: Readonly<Record<string, string>> = {
  'risk/high': 'A changed file carries a reliability risk category (path rule, import chain or global trigger).',
  'semdiff/behavior-change':
    'The semantic diff found a runtime behavior change in a file that carries a risk category.',
  'gate/suite-failed': 'A suite required by the risk categories failed or could not run.',
  'gate/suite-unavailable': 'A suite required by the risk categories is not available in this version.',
};

/** The one-line description of `code`, or a generic one naming it when the code is not listed. */
export function describeCode(code: string): string {
  return FINDING_CODES[code] ?? `driftguard finding ${code}`;
}
