/**
 * Thrown when the idempotency guardrail is set up wrongly (a bad option, a table name that is not a
 * plain identifier, a body parser missing in front of the middleware). It names the option and what
 * was expected; it is a programming error, never a client's fault.
 */
export class IdempotencyConfigError extends Error {
  override readonly name = 'IdempotencyConfigError';
  readonly code = 'idempotency/invalid-config';

  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(`idempotency option "${option}": ${problem}`);
  }
}
