import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { changedFile, sortByPath } from './changedFile.js';
import { missingDirectoryError } from './changeErrors.js';
import { countLineChanges, countLines } from './countLineChanges.js';
import { DirectoryTree } from './DirectoryTree.js';
import { looksBinary } from './looksBinary.js';
import { mapInSlices } from './mapInSlices.js';
import type { Change, ChangedFile } from './model.js';
import { pairExactRenames } from './pairExactRenames.js';
import type { DirectoryEntry } from './walkDirectory.js';

/** The two directories to compare: `before` is the base, `after` the head. */
export interface DirectoryChangeOptions {
  readonly before: string;
  readonly after: string;
  /** How reports name the two sides (default: the paths as given), e.g. relative to the working directory. */
  readonly labels?: { readonly before: string; readonly after: string };
}

/** A file present on one side only, reduced to what its change needs. */
interface OneSidedFile {
  readonly path: string;
  readonly mode: string;
  readonly hash: string | undefined;
  readonly binary: boolean;
  readonly lines: number;
}

/**
 * Reads the change between two directories with git's semantics: added, deleted, modified (contents
 * or mode), type changes (file and symlink), exact-content renames, binary files, line counts.
 * Skips `.git` and `node_modules`. A missing directory throws InputError `change/missing-directory`.
 */
export async function readDirectoryChange(options: DirectoryChangeOptions): Promise<Change> {
  await Promise.all([requireDirectory('before', options.before), requireDirectory('after', options.after)]);
  const base = new DirectoryTree(options.before, options.labels?.before);
  const head = new DirectoryTree(options.after, options.labels?.after);
  const [before, after] = await Promise.all([base.entries(), head.entries()]);
  const common = [...after.keys()].filter((path) => before.has(path));
  const modified = await mapInSlices(common, (path) =>
    compareFile({ base, head, path, before: before.get(path)!, after: after.get(path)! }),
  );
  const deleted = await mapInSlices(onlyIn(before, after), (path) => describeFile(base, path, before.get(path)!));
  const added = await mapInSlices(onlyIn(after, before), (path) => describeFile(head, path, after.get(path)!));
  const exact = pairExactRenames(deleted, added);
  const files = [
    ...modified.filter((file): file is ChangedFile => file !== undefined),
    ...exact.renames.map(({ from, to }) => renamedFile(from, to)),
    ...exact.deleted.map((file) => oneSidedFile('deleted', file)),
    ...exact.added.map((file) => oneSidedFile('added', file)),
  ];
  return { source: 'directories', base, head, files: sortByPath(files), close: async () => {} };
}

async function requireDirectory(side: 'before' | 'after', path: string): Promise<void> {
  const stats = await stat(path).catch(() => undefined);
  if (!stats) throw missingDirectoryError(side, path, 'not found');
  if (!stats.isDirectory()) throw missingDirectoryError(side, path, 'not a directory');
}

function onlyIn(side: ReadonlyMap<string, DirectoryEntry>, other: ReadonlyMap<string, DirectoryEntry>): string[] {
  return [...side.keys()].filter((path) => !other.has(path));
}

/** A path present on both sides, with its entry on each. */
interface CommonPath {
  readonly base: DirectoryTree;
  readonly head: DirectoryTree;
  readonly path: string;
  readonly before: DirectoryEntry;
  readonly after: DirectoryEntry;
}

/** The change of a path present on both sides, or undefined when contents and mode are the same. */
function compareFile({ base, head, path, before, after }: CommonPath): ChangedFile | undefined {
  const oldContents = base.readBytes(path, before) ?? Buffer.alloc(0);
  const newContents = head.readBytes(path, after) ?? Buffer.alloc(0);
  const sameContents = oldContents.equals(newContents);
  if (sameContents && before.mode === after.mode) return undefined;
  const binary = looksBinary(oldContents) || looksBinary(newContents);
  const lines =
    binary || sameContents
      ? { additions: 0, deletions: 0 }
      : countLineChanges(oldContents.toString('utf8'), newContents.toString('utf8'));
  const typeChanged = (before.mode === '120000') !== (after.mode === '120000');
  return changedFile({
    path,
    status: typeChanged ? 'type-changed' : 'modified',
    oldMode: before.mode,
    newMode: after.mode,
    binary,
    ...lines,
  });
}

/** Reads a one-sided file once: its hash (for rename pairing), binary flag and line count. */
function describeFile(tree: DirectoryTree, path: string, entry: DirectoryEntry): OneSidedFile {
  const contents = tree.readBytes(path, entry) ?? Buffer.alloc(0);
  const binary = looksBinary(contents);
  return {
    path,
    mode: entry.mode,
    // empty files are never renames: any empty file would "match" any other
    hash: contents.length === 0 ? undefined : createHash('sha1').update(contents).digest('hex'),
    binary,
    lines: binary ? 0 : countLines(contents.toString('utf8')),
  };
}

function renamedFile(from: OneSidedFile, to: OneSidedFile): ChangedFile {
  return changedFile({
    path: to.path,
    status: 'renamed',
    oldPath: from.path,
    similarity: 100,
    oldMode: from.mode,
    newMode: to.mode,
    binary: from.binary,
    additions: 0,
    deletions: 0,
  });
}

function oneSidedFile(status: 'added' | 'deleted', file: OneSidedFile): ChangedFile {
  const added = status === 'added';
  return changedFile({
    path: file.path,
    status,
    ...(added ? { newMode: file.mode } : { oldMode: file.mode }),
    binary: file.binary,
    additions: added ? file.lines : 0,
    deletions: added ? 0 : file.lines,
  });
}
