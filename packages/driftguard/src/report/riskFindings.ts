import type { Classification, FileClassification } from '../risk/model.js';
import type { Finding } from './model.js';
import { groupReasons, type ReasonGroup } from './reasonGroups.js';

/**
 * One `risk/high` notice per changed file that carries a risk, saying which categories and why:
 * the import chain, the path rule, or the global trigger. `risk` names the file's categories
 * (sorted, comma-joined when there are several). Files without a risk produce nothing.
 */
export function riskFindings(classification: Classification): Finding[] {
  return classification.files.filter((file) => file.risks.length > 0).map(riskFinding);
}

function riskFinding(file: FileClassification): Finding {
  const categories = [...new Set(file.risks.map((reason) => reason.risk))].sort();
  return {
    code: 'risk/high',
    severity: 'notice',
    message: groupReasons(file.risks)
      .map((group) => reasonClause(group, file.path))
      .join('; '),
    file: file.path,
    risk: categories.join(','),
  };
}

function reasonClause({ risks, reason }: ReasonGroup, path: string): string {
  const names = risks.join(', ');
  if (reason.reason === 'path') return `matches ${names} path rule "${reason.pattern}"`;
  if (reason.reason === 'global') {
    const note = reason.note.trim() === '' ? '' : ` (${reason.note.trim()})`;
    return `global trigger for ${names}: ${path} can change every module${note}`;
  }
  if (reason.chain.length < 2) return `carries ${names} risk: it is a ${names} entry point`;
  return `carries ${names} risk: ${reason.chain.join(' → ')} imports it`;
}
