import { stat } from 'node:fs/promises';
import { notARepositoryError, unsafeRepositoryError } from './changeErrors.js';
import { type GitContext, runGit } from './gitProcess.js';

/** What the change reader needs to know about a repository before resolving revisions. */
export interface RepositoryState {
  /** True for a shallow clone: missing history then means "fetch more", not "no such commit". */
  readonly shallow: boolean;
}

/**
 * Checks that `context.cwd` is a directory inside a git repository that git agrees to read.
 * Throws InputError `change/not-a-repo` or `change/unsafe-repository`, one line, with the fix.
 */
export async function probeRepository(context: GitContext): Promise<RepositoryState> {
  await requireDirectory(context.cwd);
  const result = await runGit(context, ['rev-parse', '--is-shallow-repository']);
  if (result.exitCode === 0) return { shallow: result.stdout.toString('utf8').trim() === 'true' };
  if (result.stderr.includes('dubious ownership')) throw unsafeRepositoryError(context.cwd);
  if (result.stderr.includes('not a git repository')) throw notARepositoryError(context.cwd);
  const complaint =
    result.stderr
      .trim()
      .split('\n')[0]
      ?.replace(/^fatal: /, '') ?? '';
  throw notARepositoryError(context.cwd, `git cannot read this repository (${complaint})`);
}

/** Throws InputError `change/not-a-repo` unless `cwd` is an existing directory (git would report it as missing git). */
export async function requireDirectory(cwd: string): Promise<void> {
  const stats = await stat(cwd).catch(() => undefined);
  if (!stats) throw notARepositoryError(cwd, 'no such directory');
  if (!stats.isDirectory()) throw notARepositoryError(cwd, 'not a directory');
}
