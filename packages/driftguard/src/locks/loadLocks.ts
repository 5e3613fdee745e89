import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors/index.js';
import { compileLock } from './compile/compileLock.js';
import { LockFileError, type LockIssue } from './LockFileError.js';
import type { Lock, LockFile } from './model.js';
import { sourceFromValue } from './source/fromValue.js';
import { sourceFromYaml } from './source/fromYaml.js';
import { formatPosition, type SourceNode } from './source/SourceNode.js';

/** How lock files are named: `NAME.lock.yaml` (or `.yml`), or `NAME.lock.ts` / `.mjs` / `.js` for code. */
export const LOCK_FILE = /\.lock\.(ya?ml|ts|mts|mjs|js)$/;

/** Options of {@link loadLocks}. */
export interface LoadLocksOptions {
  /** Paths are resolved against it, and messages show files relative to it. Default: `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * Loads lock files: each path is a file, or a directory searched (recursively, skipping
 * `node_modules` and `__snapshots__`) for `*.lock.yaml` and friends. Every file is compiled; every
 * problem of every file is collected into one LockFileError (its message: the first, as
 * `file:line:col: what is wrong`). Lock names must be unique across the files.
 */
export async function loadLocks(paths: readonly string[], options: LoadLocksOptions = {}): Promise<LockFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = paths.flatMap((path) => lockFilesAt(resolve(cwd, path), path));
  const issues: LockIssue[] = [];
  const loaded: LockFile[] = [];
  for (const file of [...new Set(files)].sort()) {
    try {
      loaded.push(await loadLockFile(file, relative(cwd, file) || file));
    } catch (error) {
      if (!(error instanceof LockFileError)) throw error;
      issues.push(...error.issues);
    }
  }
  issues.push(...duplicateNames(loaded.flatMap((file) => file.locks)));
  issues.push(...duplicateSnapshots(loaded.flatMap((file) => file.locks)));
  if (issues.length > 0) throw new LockFileError(issues);
  return loaded;
}

/** Loads one lock file; `shown` is the name its messages use. */
export async function loadLockFile(file: string, shown = file): Promise<LockFile> {
  const roots = /\.ya?ml$/.test(file)
    ? sourceFromYaml(readText(file, shown), shown)
    : [await importLockModule(file, shown)];
  if (roots.length === 0)
    throw new LockFileError([
      { pos: { file: shown, path: '', line: 1, column: 1 }, message: 'the file declares no lock' },
    ]);
  const issues: LockIssue[] = [];
  const locks: Lock[] = [];
  for (const root of roots.flatMap(splitList)) {
    try {
      locks.push(compileLock(root, { file, shown }));
    } catch (error) {
      if (!(error instanceof LockFileError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new LockFileError(issues);
  return { file, locks };
}

function lockFilesAt(path: string, given: string): string[] {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch {
    throw new InputError('locks/not-found', `${given}: no such file or directory`);
  }
  if (info.isFile()) return [path];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (
        entry.isDirectory() &&
        entry.name !== 'node_modules' &&
        entry.name !== '__snapshots__' &&
        !entry.name.startsWith('.')
      ) {
        walk(join(dir, entry.name));
      } else if (entry.isFile() && LOCK_FILE.test(entry.name)) found.push(join(dir, entry.name));
    }
  };
  walk(path);
  return found;
}

function readText(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError('locks/unreadable', `${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** A code lock file's default export (a lock, or a list of locks). TypeScript goes through jiti. */
async function importLockModule(file: string, shown: string): Promise<SourceNode> {
  let exported: unknown;
  try {
    if (/\.m?ts$/.test(file)) {
      const { createJiti } = await import('jiti');
      exported = await createJiti(import.meta.url, { moduleCache: false, fsCache: false }).import(file, {
        default: true,
      });
    } else {
      const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
      exported = module.default;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new LockFileError([{ pos: { file: shown, path: '' }, message: `cannot load: ${message}` }]);
  }
  if (exported === undefined) {
    throw new LockFileError([
      { pos: { file: shown, path: '' }, message: 'export a lock as default (export default defineLock({...}))' },
    ]);
  }
  return sourceFromValue(exported, shown);
}

/** A code file may export a list of locks; each item is compiled alone. */
function splitList(root: SourceNode): SourceNode[] {
  return root.kind === 'seq' ? [...root.items] : [root];
}

function duplicateNames(locks: readonly Lock[]): LockIssue[] {
  const first = new Map<string, Lock>();
  const issues: LockIssue[] = [];
  for (const lock of locks) {
    const earlier = first.get(lock.name);
    if (earlier === undefined) first.set(lock.name, lock);
    else
      issues.push({
        pos: lock.position,
        message: `lock "${lock.name}" is also declared at ${formatPosition(earlier.position)}`,
      });
  }
  return issues;
}

/** Snapshots are files named for the snapshot in one directory: two locks there cannot share a name. */
function duplicateSnapshots(locks: readonly Lock[]): LockIssue[] {
  const first = new Map<string, string>();
  const issues: LockIssue[] = [];
  for (const lock of locks) {
    for (const step of lock.steps) {
      if (step.kind !== 'request' || step.snapshot === undefined) continue;
      const key = join(lock.snapshotDir, step.snapshot.name);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, formatPosition(step.snapshot.position));
      else {
        issues.push({
          pos: step.snapshot.position,
          message: `snapshot "${step.snapshot.name}" is also declared at ${earlier}`,
        });
      }
    }
  }
  return issues;
}
