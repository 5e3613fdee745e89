import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Change, Tree } from '../change/index.js';
import { InputError } from '../errors/index.js';

/**
 * A change of one file: BEFORE and AFTER are two files on disk, compared under AFTER's base name.
 * A missing or unreadable file throws InputError `semdiff/missing-file`.
 */
export async function readFilePairChange(before: string, after: string): Promise<Change> {
  const [old, now] = await Promise.all([readFileText(before), readFileText(after)]);
  const path = basename(after);
  const same = old === now;
  return {
    source: 'directories',
    base: singleFileTree(before, path, old),
    head: singleFileTree(after, path, now),
    files: same ? [] : [{ path, status: 'modified', binary: false, submodule: false, additions: 0, deletions: 0 }],
  };
}

async function readFileText(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new InputError('semdiff/missing-file', `semdiff: ${path} is not a readable file`);
  return readFile(path, 'utf8');
}

function singleFileTree(label: string, path: string, text: string): Tree {
  return {
    label,
    list: async () => [path],
    read: async (p) => (p === path ? text : undefined),
    readMany: async (paths) => new Map(paths.filter((p) => p === path).map((p) => [p, text])),
  };
}
