/**
 * A mistake in what the user gave us: a flag, a file, a config field, a revision.
 * The CLI prints `message` as one line and exits 2; no stack trace is shown for it.
 * `code` is stable (`config/invalid`, `change/unknown-revision`, ...) so callers can branch on it.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
