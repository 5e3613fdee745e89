import { type GitContext, gitOutput } from './gitProcess.js';
import type { ChangedFile } from './model.js';
import { parseRawDiffWithBlobs, type RawDiffBlobs } from './parseRawDiff.js';

/**
 * Inexact rename/copy detection compares every source with every destination, so git skips it past
 * this many files per side (exact renames are always found, by hash). Pinned so a user's
 * `diff.renameLimit=0` cannot make a huge change quadratic.
 */
export const RENAME_LIMIT = 1000;

/**
 * The changed files between two trees (or commits), with each side's blob ids: one `git diff-tree`
 * process, parsed in one pass.
 * Plumbing, so the user's diff config (external diffs, textconv, relative paths, colors) plays no part.
 */
export async function diffTrees(
  context: GitContext,
  base: string,
  head: string,
): Promise<{ files: ChangedFile[]; blobs: RawDiffBlobs }> {
  const output = await gitOutput(context, [
    'diff-tree',
    '-r',
    '-z',
    '--raw',
    '--numstat',
    '--no-abbrev',
    '--find-renames',
    '--find-copies',
    `-l${RENAME_LIMIT}`,
    '--no-textconv',
    '--ignore-submodules=none',
    base,
    head,
  ]);
  return parseRawDiffWithBlobs(output.toString('utf8'));
}
