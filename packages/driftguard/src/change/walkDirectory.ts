import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** A file found in a directory tree, with the git mode it would have (`100644`, `100755`, `120000`). */
export interface DirectoryEntry {
  readonly mode: '100644' | '100755' | '120000';
}

/** Directory names never walked into: git's own data and installed dependencies. */
export const SKIPPED_NAMES: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/**
 * Every regular file and symlink under `root` by POSIX relative path, sorted; symlinks are not
 * followed. Skips `.git` and `node_modules` at any depth and anything that is neither file nor link.
 * Synchronous calls (much faster than `fs.promises` here), yielding to the event loop between folders.
 */
export async function walkDirectory(root: string): Promise<Map<string, DirectoryEntry>> {
  const found: [string, DirectoryEntry][] = [];
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      if (SKIPPED_NAMES.has(entry.name)) continue;
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isSymbolicLink()) found.push([path, { mode: '120000' }]);
      else if (entry.isFile()) found.push([path, { mode: fileMode(join(root, path)) }]);
    }
    await nextTurn();
  }
  found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(found);
}

/** `100755` when the owner may execute the file (git's rule), else `100644`. */
function fileMode(absolutePath: string): DirectoryEntry['mode'] {
  return (lstatSync(absolutePath).mode & 0o100) !== 0 ? '100755' : '100644';
}
