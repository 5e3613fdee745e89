/** One environment variable that could not be used, and why. */
export interface ConfigIssue {
  readonly variable: string;
  readonly problem: string;
}

/**
 * Thrown by `readConfig` when the environment is unusable. `issues` names every bad variable; the
 * message is one line per variable, ready for stderr. A user's mistake, never a bug.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'config/invalid-env';

  constructor(readonly issues: readonly ConfigIssue[]) {
    super(issues.map(({ variable, problem }) => `order-service: ${variable} ${problem}`).join('\n'));
  }
}
