import type { CatFileBatch } from './CatFileBatch.js';
import { type GitContext, gitOutput } from './gitProcess.js';
import type { Tree } from './model.js';

/** A file of a git tree: its octal mode and blob id. */
export interface GitTreeEntry {
  readonly mode: string;
  readonly oid: string;
}

/** How to reach one git tree; `revision` undefined means the empty tree (before a first commit). */
export interface GitTreeOptions {
  readonly context: GitContext;
  readonly revision: string | undefined;
  readonly label: string;
  readonly batch: CatFileBatch;
  /** Blob ids already known by path (the changed files, from the diff): read without listing the tree. */
  readonly knownBlobs?: ReadonlyMap<string, string> | undefined;
}

/**
 * The files of one revision, listed by a single `git ls-tree` (cached) and read through a shared
 * `cat-file --batch` process. Regular files and symlinks (read as their target); never submodules.
 * Reading only files whose blob ids are known (the change's own files) lists nothing.
 */
export class GitTree implements Tree {
  readonly label: string;
  readonly #options: GitTreeOptions;
  #entries: Promise<Map<string, GitTreeEntry>> | undefined;

  constructor(options: GitTreeOptions) {
    this.label = options.label;
    this.#options = options;
  }

  async list(): Promise<readonly string[]> {
    return [...(await this.entries()).keys()];
  }

  async read(path: string): Promise<string | undefined> {
    return (await this.readMany([path])).get(path);
  }

  async readMany(paths: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(paths)];
    const known = this.#options.knownBlobs;
    const oids: ReadonlyMap<string, { readonly oid: string }> = unique.every((path) => known?.has(path))
      ? new Map(unique.map((path) => [path, { oid: known!.get(path)! }]))
      : await this.entries();
    const found = unique.filter((path) => oids.has(path));
    const contents = await this.#options.batch.read(found.map((path) => oids.get(path)!.oid));
    const result = new Map<string, string>();
    found.forEach((path, i) => {
      const blob = contents[i];
      if (blob) result.set(path, blob.toString('utf8'));
    });
    return result;
  }

  /** Every file of the tree by path, in git's (byte) order; one `ls-tree` for the tree's lifetime. */
  entries(): Promise<Map<string, GitTreeEntry>> {
    this.#entries ??= this.#listEntries();
    return this.#entries;
  }

  async #listEntries(): Promise<Map<string, GitTreeEntry>> {
    const { context, revision } = this.#options;
    if (revision === undefined) return new Map();
    const output = await gitOutput(context, ['ls-tree', '-r', '-z', '--full-tree', revision]);
    return parseLsTree(output.toString('utf8'));
  }
}

/** Parses `ls-tree -r -z` records (`<mode> <type> <oid>\t<path>\0`), keeping blobs only. */
function parseLsTree(output: string): Map<string, GitTreeEntry> {
  const entries = new Map<string, GitTreeEntry>();
  for (const record of output.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab === -1) continue;
    const [mode = '', type, oid = ''] = record.slice(0, tab).split(' ');
    if (type === 'blob') entries.set(record.slice(tab + 1), { mode, oid });
  }
  return entries;
}
