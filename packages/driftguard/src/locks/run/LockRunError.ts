import type { Position } from '../source/SourceNode.js';

/**
 * A lock that could not be evaluated as written or in this environment: an SQL error, a missing
 * driver or variable, an unreachable target. The lock's status is `error` (exit 2), not `fail`:
 * nothing was learned about the behavior. `position` is filled in by the step that ran.
 */
export class LockRunError extends Error {
  constructor(
    message: string,
    readonly position?: Position,
  ) {
    super(message);
  }
}
