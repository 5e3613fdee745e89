/**
 * Thrown by the engine when a request carries an idempotency key but the app's `principal` function
 * found no principal and `allowAnonymous` is off. Frameworks turn it into a 500: it means the
 * authentication step did not run before the guardrail, and guessing a scope could serve one client
 * another's stored response.
 */
export class MissingPrincipalError extends Error {
  override readonly name = 'MissingPrincipalError';
  readonly code = 'idempotency/missing-principal';

  constructor(
    readonly method: string,
    readonly route: string,
  ) {
    super(
      `${method} ${route}: the request has an idempotency key but no principal; run authentication before ` +
        'the idempotency guardrail, or set allowAnonymous: true if this route has no principals',
    );
  }
}
