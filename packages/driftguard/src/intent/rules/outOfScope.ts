import { riskField } from '../findingPlace.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';
import { globMatcher } from '../scope.js';

/**
 * `intent/out-of-scope`: a changed file outside the declared Scope globs that no Out-of-scope files
 * line explains (an entry must give a reason). Nothing when no Scope is declared. A rename counts as
 * in scope only when both its old and new paths are.
 */
export function outOfScope(facts: IntentFacts): DraftFinding[] {
  const scope = facts.contract?.scope?.value;
  if (scope === undefined || scope.length === 0) return [];
  const inScope = globMatcher(scope);
  const entries = facts.contract?.outOfScopeFiles?.value ?? [];
  const declared = scope.map((glob) => `\`${glob}\``).join(', ');
  return facts.files.flatMap((file) => {
    const paths = [file.path, ...(file.oldPath !== undefined && file.oldPath !== file.path ? [file.oldPath] : [])];
    if (paths.every(inScope)) return [];
    const entry = entries.find((candidate) => paths.some(globMatcher([candidate.path])));
    if (entry !== undefined && entry.reason !== '') return [];
    const why =
      entry === undefined
        ? `add "\`${file.path}\`: why it had to change" under Out-of-scope files`
        : `its Out-of-scope files line gives no reason; write "\`${file.path}\`: why it had to change"`;
    return [
      {
        code: 'intent/out-of-scope' as const,
        message: `${file.path} changed outside the declared Scope (${declared}): ${why}, widen Scope, or move the change to its own PR`,
        file: file.path,
        ...riskField(facts.risksOf(file.path)),
      },
    ];
  });
}
