import { InputError } from '../errors/index.js';

/*
 * The input errors of reading a change. Each is one line: what is wrong, then what to do about it.
 * Codes are stable; the CLI prints the message and exits 2.
 */

const unshallow = 'fetch the full history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)';

/** `change/git-missing`: the git executable could not be started. */
export function gitMissingError(): InputError {
  return new InputError(
    'change/git-missing',
    'git: not found on PATH; install git, or compare two directories instead',
  );
}

/** `change/not-a-repo`: the working directory is not inside a git repository (or does not exist). */
export function notARepositoryError(cwd: string, reason = 'not a git repository'): InputError {
  return new InputError(
    'change/not-a-repo',
    `${cwd}: ${reason}; run inside a git checkout, or compare two directories instead`,
  );
}

/** `change/unsafe-repository`: git refuses a repository owned by another user (common in CI containers). */
export function unsafeRepositoryError(cwd: string): InputError {
  return new InputError(
    'change/unsafe-repository',
    `${cwd}: git refuses this repository (owned by another user); run \`git config --global --add safe.directory ${cwd}\``,
  );
}

/** `change/unknown-revision`: a revision named by a flag (`--base origin/mian`) or the environment does not exist. */
export function unknownRevisionError(subject: string, fix: string): InputError {
  return new InputError('change/unknown-revision', `${subject}: unknown revision; ${fix}`);
}

/** `change/shallow`: the clone lacks history the change needs (a base, a parent or the merge base). */
export function shallowCloneError(what: string, firstFix?: string): InputError {
  const fix = firstFix ? `${firstFix}, or ${unshallow}` : unshallow;
  return new InputError('change/shallow', `${what} in this shallow clone; ${fix}`);
}

/** `change/no-merge-base`: head and the default base share no history in a complete clone. */
export function noMergeBaseError(head: string, baseRef: string): InputError {
  return new InputError(
    'change/no-merge-base',
    `${head} and ${baseRef} share no history; pass --base to name the revision to compare against`,
  );
}

/** `change/missing-directory`: one side of a directory comparison is missing or not a directory. */
export function missingDirectoryError(side: 'before' | 'after', path: string, reason: string): InputError {
  return new InputError('change/missing-directory', `${side} directory ${path}: ${reason}`);
}
