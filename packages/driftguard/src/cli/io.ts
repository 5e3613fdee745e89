/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether standard output is a terminal (colors are only for terminals). */
  readonly stdoutIsTTY: boolean;
}

/** The real process's io. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}

/**
 * Colors only on a terminal; `NO_COLOR` (any non-empty value) turns them off, `FORCE_COLOR` on,
 * `TERM=dumb` off. See no-color.org.
 */
export function wantsColor(io: CliIo): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}
