import { noMergeBaseError, shallowCloneError, unknownRevisionError } from './changeErrors.js';
import { EMPTY_TREE_LABEL, existingRefs, firstParent, mergeBase, type ResolvedRevision } from './commitGraph.js';
import type { GitContext } from './gitProcess.js';
import type { RepositoryState } from './probeRepository.js';

/** A branch the default base is measured against: its full ref and how to show it. */
interface BaseBranch {
  readonly ref: string;
  readonly display: string;
}

/** The conventional trunks, in order of preference, when no CI names the pull request's base. */
const TRUNKS: readonly BaseBranch[] = [
  { ref: 'refs/remotes/origin/main', display: 'origin/main' },
  { ref: 'refs/heads/main', display: 'main' },
  { ref: 'refs/heads/master', display: 'master' },
];

/** What the default base depends on: the head commit, the environment, the clone's depth. */
export interface DefaultBaseInput {
  readonly head: { readonly oid: string; readonly label: string };
  readonly env: NodeJS.ProcessEnv;
  readonly state: RepositoryState;
}

/**
 * The base when none is given: the merge base of head with `origin/$GITHUB_BASE_REF` (a GitHub pull
 * request), else with the first of origin/main, main, master; else, or when that merge base is head
 * itself, head's first parent; the empty tree for a first commit. Missing history throws `change/shallow`.
 */
export async function defaultBase(context: GitContext, input: DefaultBaseInput): Promise<ResolvedRevision> {
  const branch = await baseBranch(context, input);
  if (!branch) return parentOf(context, input);
  const base = await mergeBase(context, input.head.oid, branch.ref);
  if (base === undefined) {
    if (input.state.shallow) throw shallowCloneError(`${input.head.label} and ${branch.display}: no merge base`);
    throw noMergeBaseError(input.head.label, branch.display);
  }
  if (base === input.head.oid) return parentOf(context, input);
  return { oid: base, label: `${base.slice(0, 7)} (merge base with ${branch.display})` };
}

/** GitHub's pull-request base when set (it must exist), else the first conventional trunk that exists. */
async function baseBranch(context: GitContext, input: DefaultBaseInput): Promise<BaseBranch | undefined> {
  const pullRequestBase = input.env.GITHUB_BASE_REF;
  if (pullRequestBase) {
    const branch = { ref: `refs/remotes/origin/${pullRequestBase}`, display: `origin/${pullRequestBase}` };
    if ((await existingRefs(context, [branch.ref])).has(branch.ref)) return branch;
    const subject = `${branch.display} (from GITHUB_BASE_REF)`;
    if (input.state.shallow) throw shallowCloneError(`${subject} is missing`);
    throw unknownRevisionError(subject, `fetch it (\`git fetch origin ${pullRequestBase}\`), or pass --base`);
  }
  const existing = await existingRefs(
    context,
    TRUNKS.map((trunk) => trunk.ref),
  );
  return TRUNKS.find((trunk) => existing.has(trunk.ref));
}

/** Head's first parent, labelled `<head>~1`; the empty tree for a root commit. */
async function parentOf(context: GitContext, input: DefaultBaseInput): Promise<ResolvedRevision> {
  const { head, state } = input;
  const parent = await firstParent(context, head.oid);
  if (parent.kind === 'parent') return { oid: parent.oid, label: `${head.label}~1` };
  if (parent.kind === 'root') return { oid: undefined, label: EMPTY_TREE_LABEL };
  if (state.shallow) throw shallowCloneError(`${head.label}~1 (the default base) is missing`);
  throw new Error(`${head.label}~1: the parent of ${head.oid} is missing from the repository`);
}
