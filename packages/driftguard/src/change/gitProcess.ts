import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { gitMissingError } from './changeErrors.js';

/** Where git runs and the environment its processes see. */
export interface GitContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** What one finished git process said. */
export interface GitResult {
  readonly exitCode: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * The environment for every git process: the caller's, with messages in English (we match a few)
 * and no optional lock taking, so a concurrent `git status` in the user's shell is never blocked.
 */
export function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' };
}

/** Starts a git process without a shell, all three streams piped. A missing git surfaces as an `error` event. */
export function spawnGit(context: GitContext, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', args, { cwd: context.cwd, env: context.env, stdio: 'pipe', windowsHide: true });
}

/** Runs git once and collects its output. Rejects only when git cannot start (InputError `change/git-missing`). */
export function runGit(context: GitContext, args: readonly string[], input = ''): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(context, args);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stdin.on('error', () => {}); // git may exit before reading its input; its exit code tells
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? gitMissingError() : error));
    child.on('close', (code) =>
      resolve({
        exitCode: code ?? 128,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    child.stdin.end(input);
  });
}

/** Runs git and answers its stdout; a non-zero exit is an internal error (not bad input) quoting git. */
export async function gitOutput(context: GitContext, args: readonly string[], input = ''): Promise<Buffer> {
  const result = await runGit(context, args, input);
  if (result.exitCode !== 0) throw gitFailure(args, result);
  return result.stdout;
}

/** An internal error for a git command that should not have failed, with git's first line of complaint. */
export function gitFailure(args: readonly string[], result: GitResult): Error {
  const reason = result.stderr.trim().split('\n')[0] ?? '';
  return new Error(`git ${args[0] ?? ''} failed (exit ${result.exitCode}): ${reason}`);
}
