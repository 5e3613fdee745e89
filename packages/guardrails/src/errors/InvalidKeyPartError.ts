/** Thrown by `deriveKey` when a business part cannot be canonicalized; `path` names the part. */
export class InvalidKeyPartError extends Error {
  override readonly name = 'InvalidKeyPartError';
  readonly code = 'idempotency/invalid-key-part';

  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`key part "${path}": ${problem}`);
  }
}
