import type { CatFileBatch } from './CatFileBatch.js';
import { shallowCloneError, unknownRevisionError } from './changeErrors.js';
import { mergeBase, type ResolvedRevision, resolveCommit, resolveCommitPair } from './commitGraph.js';
import { defaultBase } from './defaultBase.js';
import type { GitContext } from './gitProcess.js';
import { probeRepository, type RepositoryState, requireDirectory } from './probeRepository.js';

/** The revisions a user asked for; either may be omitted. */
export interface RevisionRequest {
  readonly base?: string | undefined;
  readonly head?: string | undefined;
  readonly env: NodeJS.ProcessEnv;
}

/** Both sides of a git change, resolved to commits (the base may be the empty tree). */
export interface ResolvedRevisions {
  readonly base: ResolvedRevision;
  readonly head: ResolvedRevision & { readonly oid: string };
}

/**
 * Resolves `--head` (default `HEAD`) and `--base` (its merge base with head, or the default base) to commits.
 * Every failure a user can fix is an InputError naming the flag: unknown revision, shallow clone.
 */
export async function resolveRevisions(
  context: GitContext,
  request: RevisionRequest,
  batch: CatFileBatch,
): Promise<ResolvedRevisions> {
  if (request.base !== undefined) {
    const quick = await resolveExplicitPair(context, batch, { ...request, base: request.base });
    if (quick) return quick;
  }
  const state = await probeRepository(context);
  const head = await resolveHead(context, request.head, state);
  const base =
    request.base === undefined
      ? await defaultBase(context, { head, env: request.env, state })
      : await sinceMergeBase(context, await resolveNamed(context, { flag: '--base', name: request.base, state }), head);
  return { base, head };
}

/**
 * The fast path for an explicit `--base`: one round trip of the blob reader when head's parents include
 * the base (a commit against its parent, a one-commit branch), plus one `merge-base` otherwise.
 * Undefined when a name does not resolve, so the slow path can say why.
 */
async function resolveExplicitPair(
  context: GitContext,
  batch: CatFileBatch,
  request: RevisionRequest & { readonly base: string },
): Promise<ResolvedRevisions | undefined> {
  const { base: baseName, head: headName } = request;
  await requireDirectory(context.cwd);
  const pair = await resolveCommitPair(batch, baseName, headName ?? 'HEAD');
  if (!pair) return undefined;
  const head = { oid: pair.head, label: headName ?? 'HEAD' };
  const base = { oid: pair.base, label: baseName };
  if (pair.base === pair.head || pair.headParents.includes(pair.base)) return { base, head };
  return { base: await sinceMergeBase(context, base, head), head };
}

/**
 * `--base REV` means what head adds since it forked from REV, as `git diff REV...HEAD` and a pull
 * request show it: commits that landed on REV after the fork are not head's change. Unrelated
 * histories keep REV itself.
 */
async function sinceMergeBase(
  context: GitContext,
  base: ResolvedRevisions['head'],
  head: ResolvedRevisions['head'],
): Promise<ResolvedRevision> {
  const fork = await mergeBase(context, base.oid, head.oid);
  if (fork === undefined || fork === base.oid) return base;
  return { oid: fork, label: `${fork.slice(0, 7)} (merge base with ${base.label})` };
}

async function resolveHead(
  context: GitContext,
  name: string | undefined,
  state: RepositoryState,
): Promise<ResolvedRevisions['head']> {
  if (name !== undefined) return resolveNamed(context, { flag: '--head', name, state });
  const oid = await resolveCommit(context, 'HEAD');
  if (oid === undefined) throw unknownRevisionError('--head HEAD', 'the repository has no commits yet');
  return { oid, label: 'HEAD' };
}

interface NamedRevision {
  readonly flag: '--base' | '--head';
  readonly name: string;
  readonly state: RepositoryState;
}

async function resolveNamed(context: GitContext, revision: NamedRevision): Promise<ResolvedRevisions['head']> {
  const { flag, name, state } = revision;
  const oid = await resolveCommit(context, name);
  if (oid !== undefined) return { oid, label: name };
  const subject = `${flag} ${name}`;
  if (state.shallow) throw shallowCloneError(`${subject}: unknown revision`, 'check the name');
  throw unknownRevisionError(subject, 'check the name, or fetch it (`git fetch origin`)');
}
