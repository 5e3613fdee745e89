import type { Change, ChangedFile, FileStatus } from '../../src/change/index.js';
import { MemoryTree } from './MemoryTree.js';

/** A changed file as the change reader reports it, with the fields classification does not read filled in. */
export function changedFile(path: string, status: FileStatus, oldPath?: string): ChangedFile {
  return {
    path,
    status,
    ...(oldPath !== undefined && { oldPath }),
    binary: false,
    submodule: false,
    additions: 1,
    deletions: 1,
  };
}

/**
 * A Change between two in-memory trees: added, deleted and modified files by comparing contents, plus
 * any `renames` given as [oldPath, newPath] (reported as renamed instead of a delete and an add).
 */
export function memoryChange(
  before: Record<string, string>,
  after: Record<string, string>,
  renames: readonly (readonly [string, string])[] = [],
): { change: Change; base: MemoryTree; head: MemoryTree } {
  const renamedFrom = new Map(renames.map(([from, to]) => [to, from]));
  const renamedTo = new Set(renames.map(([from]) => from));
  const files: ChangedFile[] = [];
  for (const path of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = renamedFrom.get(path);
    if (from !== undefined) files.push(changedFile(path, 'renamed', from));
    else if (renamedTo.has(path)) continue;
    else if (!(path in before)) files.push(changedFile(path, 'added'));
    else if (!(path in after)) files.push(changedFile(path, 'deleted'));
    else if (before[path] !== after[path]) files.push(changedFile(path, 'modified'));
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const base = new MemoryTree(before, 'base');
  const head = new MemoryTree(after, 'head');
  return { change: { source: 'directories', base, head, files }, base, head };
}
