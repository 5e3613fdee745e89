import type { CatFileBatch } from './CatFileBatch.js';
import { type GitContext, gitFailure, gitOutput, runGit } from './gitProcess.js';

/** The first parent of a commit: present, absent because it is a root, or absent from this clone. */
export type FirstParent = { readonly kind: 'parent'; readonly oid: string } | { readonly kind: 'root' | 'missing' };

/**
 * Resolves a revision name (branch, tag, `HEAD~2`, id) to a commit id, or undefined when it names
 * no commit here. Names that git would read as options (`-x`) name nothing.
 */
export async function resolveCommit(context: GitContext, name: string): Promise<string | undefined> {
  if (!isRevisionName(name)) return undefined;
  const result = await runGit(context, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]);
  return result.exitCode === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

/** Two commits and head's parents, as one `git rev-parse` answered them. */
export interface CommitPair {
  readonly base: string;
  readonly head: string;
  readonly headParents: readonly string[];
}

/**
 * Resolves both names and head's parents in one round trip of the change's `cat-file --batch` process
 * (no process of its own): the fast path of the common `--base X --head Y`. Undefined when either name
 * does not resolve, or git cannot read the repository; the caller then takes the slow path, which says
 * which name and why.
 */
export async function resolveCommitPair(
  batch: CatFileBatch,
  base: string,
  head: string,
): Promise<CommitPair | undefined> {
  if (![base, head].every(isRevisionName)) return undefined;
  const answers = await batch.readNamed([`${base}^{commit}`, `${head}^{commit}`]).catch(() => undefined);
  const [baseCommit, headCommit] = answers ?? [];
  if (!baseCommit || !headCommit) return undefined;
  return { base: baseCommit.oid, head: headCommit.oid, headParents: parentsOf(headCommit.contents) };
}

/** The `parent` lines of a commit object's header. */
function parentsOf(commit: Buffer): string[] {
  const end = commit.indexOf('\n\n');
  const header = commit.subarray(0, end === -1 ? commit.length : end).toString('latin1');
  return header
    .split('\n')
    .filter((line) => line.startsWith('parent '))
    .map((line) => line.slice('parent '.length));
}

/** The first parent of `oid`; `missing` when the commit records a parent this (shallow) clone lacks. */
export async function firstParent(context: GitContext, oid: string): Promise<FirstParent> {
  const parent = await resolveCommit(context, `${oid}^1`);
  if (parent !== undefined) return { kind: 'parent', oid: parent };
  const commit = await gitOutput(context, ['cat-file', 'commit', oid]);
  const header = commit.subarray(0, commit.indexOf('\n\n')).toString('utf8');
  return { kind: /^parent /m.test(header) ? 'missing' : 'root' };
}

/** False for names git would read as options (`-x`) or that cannot be one argument line. */
function isRevisionName(name: string): boolean {
  return name !== '' && !name.startsWith('-') && !/[\0\n]/.test(name);
}

/** The best common ancestor of two commits, or undefined when their histories here do not meet. */
export async function mergeBase(context: GitContext, a: string, b: string): Promise<string | undefined> {
  const args = ['merge-base', a, b];
  const result = await runGit(context, args);
  if (result.exitCode === 0) return result.stdout.toString('utf8').trim();
  if (result.exitCode === 1) return undefined;
  throw gitFailure(args, result);
}

/** The id of the empty tree in this repository's hash (SHA-1 or SHA-256). */
export async function emptyTree(context: GitContext): Promise<string> {
  return (await gitOutput(context, ['hash-object', '-t', 'tree', '--stdin'])).toString('utf8').trim();
}

/** One side of a git change: a commit id (undefined for the empty tree) and a short label for people. */
export interface ResolvedRevision {
  readonly oid: string | undefined;
  readonly label: string;
}

/** The label of the empty tree, the base of a repository's first commit. */
export const EMPTY_TREE_LABEL = '(empty tree)';

/** Which of these full ref names (`refs/heads/main`) exist; one `for-each-ref` for all of them. */
export async function existingRefs(context: GitContext, refs: readonly string[]): Promise<Set<string>> {
  const output = await gitOutput(context, ['for-each-ref', '--format=%(refname)', ...refs]);
  const wanted = new Set(refs);
  return new Set(
    output
      .toString('utf8')
      .split('\n')
      .filter((ref) => wanted.has(ref)),
  );
}
