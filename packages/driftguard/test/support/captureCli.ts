import { runCli } from '../../src/cli/main.js';

/** What one in-process CLI run printed and answered. */
export interface CapturedRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process in `cwd` with an empty environment (unless given), no terminal, capturing its output. */
export async function captureCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    env,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: false,
  });
  return { code, stdout, stderr };
}
