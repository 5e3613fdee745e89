import { CatFileBatch } from './CatFileBatch.js';
import { emptyTree } from './commitGraph.js';
import { diffTrees } from './diffTrees.js';
import { GitTree } from './GitTree.js';
import { gitEnvironment } from './gitProcess.js';
import type { Change } from './model.js';
import { resolveRevisions } from './resolveRevisions.js';

/** Where and what to compare in git mode. `env` defaults to `process.env` (it is where CI says the PR base). */
export interface GitChangeOptions {
  readonly cwd: string;
  readonly base?: string | undefined;
  readonly head?: string | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
}

/**
 * Reads the change between two revisions of the repository at `cwd`: head defaults to `HEAD`, base
 * to the default base (see `defaultBase`). Bad input throws InputError (`change/not-a-repo`,
 * `change/unknown-revision`, `change/shallow`, ...). Call `close()` to end the blob reader early.
 */
export async function readGitChange(options: GitChangeOptions): Promise<Change> {
  const env = options.env ?? process.env;
  const context = { cwd: options.cwd, env: gitEnvironment(env) };
  const batch = new CatFileBatch(context);
  const { base, head } = await resolveRevisions(context, { base: options.base, head: options.head, env }, batch).catch(
    async (error: unknown) => {
      await batch.close();
      throw error;
    },
  );
  const { files, blobs } = await diffTrees(context, base.oid ?? (await emptyTree(context)), head.oid);
  return {
    source: 'git',
    base: new GitTree({ context, revision: base.oid, label: base.label, batch, knownBlobs: blobs.before }),
    head: new GitTree({ context, revision: head.oid, label: head.label, batch, knownBlobs: blobs.after }),
    files,
    ...(base.oid !== undefined && { baseRev: base.oid }),
    headRev: head.oid,
    close: () => batch.close(),
  };
}
