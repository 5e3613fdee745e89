import type { Finding } from '../report/model.js';
import type { Classification } from '../risk/model.js';
import type { SemanticDelta } from '../semdiff/index.js';

/**
 * One `semdiff/behavior-change` notice per behavior change in a file that carries a risk: the lines a
 * reviewer of a risky change must read. Behavior changes elsewhere stay in the report's semdiff facts,
 * and so does one an intent finding already names at the same place (`intent/behavior-in-refactor`).
 */
export function semdiffFindings(
  delta: SemanticDelta,
  classification: Classification,
  intent: readonly Finding[] = [],
): Finding[] {
  const risksOf = new Map(classification.files.map((f) => [f.path, [...new Set(f.risks.map((r) => r.risk))]]));
  const named = new Set(intent.map((f) => `${f.file}:${f.line}`));
  return delta.behaviorChanges.flatMap((change) => {
    const risks = risksOf.get(change.file) ?? [];
    if (risks.length === 0 || (change.side === 'after' && named.has(`${change.file}:${change.line}`))) return [];
    const unproven = change.reason === 'unproven' ? ' (not proven equivalent)' : '';
    const where =
      change.side === 'before'
        ? { file: change.file }
        : { file: change.file, line: change.line, endLine: change.endLine };
    return [
      {
        code: 'semdiff/behavior-change',
        severity: 'notice' as const,
        message: `behavior change in a file carrying ${risks.join(', ')} risk: ${change.summary}${unproven}`,
        risk: risks.join(','),
        ...where,
      },
    ];
  });
}
