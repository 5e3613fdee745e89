import { InputError } from '../errors/index.js';
import { formatPosition, type Position } from './source/SourceNode.js';

/** One problem in a lock file, at the position it was written. */
export interface LockIssue {
  readonly pos: Position;
  readonly message: string;
}

/**
 * A lock file that cannot be run as written: bad YAML, an unknown step kind, a bad JSON path, an
 * unknown variable. The message is one line, `file:line:col: what is wrong`, with a count of the
 * further problems; `issues` lists every one. The CLI exits 2 on it, without a stack.
 */
export class LockFileError extends InputError {
  constructor(readonly issues: readonly LockIssue[]) {
    super('locks/invalid', summarize(issues));
  }
}

function summarize(issues: readonly LockIssue[]): string {
  const [first] = issues;
  if (first === undefined) return 'lock file error';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${formatLine(first)}${more}`;
}

/** `file:line:col: message` for one issue. */
export function formatLine(issue: LockIssue): string {
  return `${formatPosition(issue.pos)}: ${issue.message}`;
}
