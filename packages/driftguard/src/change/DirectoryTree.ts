import { lstatSync, readFileSync, readlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { mapInSlices } from './mapInSlices.js';
import type { Tree } from './model.js';
import { type DirectoryEntry, SKIPPED_NAMES, walkDirectory } from './walkDirectory.js';

/**
 * A directory on disk seen as a tree: regular files and symlinks (a symlink reads as its target, as
 * in git), without `.git` and `node_modules`. The listing is taken once; reads always hit the disk.
 */
export class DirectoryTree implements Tree {
  readonly label: string;
  readonly #root: string;
  #entries: Promise<Map<string, DirectoryEntry>> | undefined;

  /** `root` is the directory's path; `label` defaults to it. */
  constructor(root: string, label = root) {
    this.#root = root;
    this.label = label;
  }

  async list(): Promise<readonly string[]> {
    return [...(await this.entries()).keys()];
  }

  async read(path: string): Promise<string | undefined> {
    return this.readBytes(path)?.toString('utf8');
  }

  async readMany(paths: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(paths)];
    const contents = await mapInSlices(unique, (path) => this.readBytes(path));
    const result = new Map<string, string>();
    unique.forEach((path, i) => {
      const bytes = contents[i];
      if (bytes !== undefined) result.set(path, bytes.toString('utf8'));
    });
    return result;
  }

  /** Every file by relative POSIX path with its mode, sorted; walked once per tree. */
  entries(): Promise<Map<string, DirectoryEntry>> {
    this.#entries ??= walkDirectory(this.#root);
    return this.#entries;
  }

  /**
   * The raw bytes of a file (a symlink's target), read synchronously, or undefined when the path
   * names no file in the tree. Pass the entry from `entries()` to skip the `lstat`.
   */
  readBytes(path: string, entry?: DirectoryEntry): Buffer | undefined {
    if (!isTreePath(path)) return undefined;
    const absolute = join(this.#root, path);
    try {
      const symlink = entry ? entry.mode === '120000' : lstatSync(absolute).isSymbolicLink();
      return symlink ? readlinkSync(absolute, { encoding: 'buffer' }) : readFileSync(absolute);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }
}

/** A relative POSIX path that stays inside the tree and avoids the skipped folders. */
function isTreePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\0')) return false;
  if (sep === '\\' && path.includes('\\')) return false;
  return path
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !SKIPPED_NAMES.has(segment));
}

/** Errors that mean "no file here": absent, a directory, or a path through a file. */
function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
