import { InputError } from './InputError.js';

/**
 * A command line that cannot be run as written: an unknown flag, a missing argument, a bad value.
 * Exits 2 like every input error; the CLI adds a pointer to `--help`.
 */
export class UsageError extends InputError {
  constructor(message: string) {
    super('cli/usage', message);
  }
}
