import type { BehaviorChange } from '../semdiff/model.js';

/** Where a finding about a behavior change points: its lines in the head file, or only the file for a deletion. */
export function placeOf(change: BehaviorChange): { file: string; line?: number; endLine?: number } {
  return change.side === 'before'
    ? { file: change.file }
    : { file: change.file, line: change.line, endLine: change.endLine };
}

/** The `risk` field of a finding: categories sorted and comma-joined, absent when there are none. */
export function riskField(risks: Iterable<string>): { risk?: string } {
  const sorted = [...new Set(risks)].sort();
  return sorted.length > 0 ? { risk: sorted.join(',') } : {};
}

/** `symbol` in backticks when the behavior change names one and its summary does not already. */
export function describeChange(change: BehaviorChange): string {
  const inSymbol =
    change.symbol !== undefined && !change.summary.includes(change.symbol) ? ` in \`${change.symbol}\`` : '';
  const unproven = change.reason === 'unproven' ? ' (semdiff could not prove it equivalent)' : '';
  return `${change.summary}${inSymbol}${unproven}`;
}

/** At most `limit` names, then "and N more". */
export function listSome(names: readonly string[], limit = 3): string {
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
