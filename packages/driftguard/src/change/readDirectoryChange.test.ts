import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.js';
import { DirectoryTree } from './DirectoryTree.js';
import { readDirectoryChange } from './readDirectoryChange.js';

const scratch = mkdtempSync(join(tmpdir(), 'driftguard-dirs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let trees = 0;

/** A small inline file tree on disk; `{ link: 'target' }` entries become symlinks, numbers become modes. */
type FileSpec = string | Buffer | { readonly link: string } | { readonly text: string; readonly mode: number };

function fileTree(files: Record<string, FileSpec>): string {
  const root = join(scratch, `tree-${++trees}`);
  mkdirSync(root);
  for (const [path, spec] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    if (typeof spec === 'object' && 'link' in spec) symlinkSync(spec.link, absolute);
    else if (typeof spec === 'object' && 'mode' in spec) {
      writeFileSync(absolute, spec.text);
      chmodSync(absolute, spec.mode);
    } else writeFileSync(absolute, spec);
  }
  return root;
}

async function compare(before: Record<string, FileSpec>, after: Record<string, FileSpec>) {
  return readDirectoryChange({ before: fileTree(before), after: fileTree(after) });
}

describe('readDirectoryChange', () => {
  it('reports added, deleted and modified files with line counts, sorted by path', async () => {
    const change = await compare(
      { 'a.ts': 'one\ntwo\n', 'gone.ts': 'x\ny\nz\n', 'same.ts': 'same\n' },
      { 'a.ts': 'one\n2\nthree\n', 'new/b.ts': 'b\n', 'same.ts': 'same\n' },
    );
    expect(change.source).toBe('directories');
    expect(change.files).toEqual([
      {
        path: 'a.ts',
        status: 'modified',
        oldMode: '100644',
        newMode: '100644',
        binary: false,
        submodule: false,
        additions: 2,
        deletions: 1,
      },
      {
        path: 'gone.ts',
        status: 'deleted',
        oldMode: '100644',
        binary: false,
        submodule: false,
        additions: 0,
        deletions: 3,
      },
      {
        path: 'new/b.ts',
        status: 'added',
        newMode: '100644',
        binary: false,
        submodule: false,
        additions: 1,
        deletions: 0,
      },
    ]);
  });

  it('detects a rename by identical contents and keeps the old path', async () => {
    const change = await compare(
      { 'src/old.ts': 'export const x = 1;\n' },
      { 'src/lib/new.ts': 'export const x = 1;\n' },
    );
    expect(change.files).toEqual([
      {
        path: 'src/lib/new.ts',
        oldPath: 'src/old.ts',
        status: 'renamed',
        similarity: 100,
        oldMode: '100644',
        newMode: '100644',
        binary: false,
        submodule: false,
        additions: 0,
        deletions: 0,
      },
    ]);
  });

  it('pairs identical files by file name first and never pairs empty files', async () => {
    const change = await compare(
      { 'a/index.ts': 'same\n', 'a/other.ts': 'same\n', 'a/empty.ts': '' },
      { 'b/other.ts': 'same\n', 'b/index.ts': 'same\n', 'b/blank.ts': '' },
    );
    const renames = change.files.filter((file) => file.status === 'renamed').map((file) => [file.oldPath, file.path]);
    expect(renames).toEqual([
      ['a/index.ts', 'b/index.ts'],
      ['a/other.ts', 'b/other.ts'],
    ]);
    expect(change.files.filter((file) => file.status !== 'renamed').map((file) => [file.path, file.status])).toEqual([
      ['a/empty.ts', 'deleted'],
      ['b/blank.ts', 'added'],
    ]);
  });

  it('marks files with a NUL byte as binary and counts no lines', async () => {
    const change = await compare(
      { 'img.bin': Buffer.from([1, 0, 2]) },
      { 'img.bin': Buffer.from([1, 0, 3]), 'added.bin': Buffer.from([0]) },
    );
    expect(change.files).toMatchObject([
      { path: 'added.bin', status: 'added', binary: true, additions: 0 },
      { path: 'img.bin', status: 'modified', binary: true, additions: 0, deletions: 0 },
    ]);
  });

  it('reports an executable bit change as a modification with both modes', async () => {
    const change = await compare(
      { 'run.sh': { text: 'echo\n', mode: 0o644 } },
      { 'run.sh': { text: 'echo\n', mode: 0o755 } },
    );
    expect(change.files).toMatchObject([
      { path: 'run.sh', status: 'modified', oldMode: '100644', newMode: '100755', additions: 0, deletions: 0 },
    ]);
  });

  it('reports symlinks with mode 120000 and a file turned symlink as a type change', async () => {
    const change = await compare(
      { 'config.json': '{}\n', 'target.txt': 't\n' },
      { 'config.json': { link: 'target.txt' }, latest: { link: 'target.txt' }, 'target.txt': 't\n' },
    );
    expect(change.files).toMatchObject([
      { path: 'config.json', status: 'type-changed', oldMode: '100644', newMode: '120000' },
      { path: 'latest', status: 'added', newMode: '120000', additions: 1 },
    ]);
    expect(await change.head.read('latest')).toBe('target.txt');
  });

  it('skips .git and node_modules at any depth', async () => {
    const change = await compare(
      {},
      { '.git/HEAD': 'ref\n', 'node_modules/x/index.js': 'x\n', 'pkg/node_modules/y.js': 'y\n', 'src/a.ts': 'a\n' },
    );
    expect(change.files.map((file) => file.path)).toEqual(['src/a.ts']);
  });

  it('names the missing directory', async () => {
    const present = fileTree({});
    const missing = join(scratch, 'missing');
    const error = await readDirectoryChange({ before: present, after: missing }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'change/missing-directory', message: `after directory ${missing}: not found` });
  });
});

describe('DirectoryTree', () => {
  it('lists files and symlinks and reads them, many at once', async () => {
    const tree = new DirectoryTree(fileTree({ 'b.ts': 'b\n', 'a/c.ts': 'c\n', link: { link: 'b.ts' } }));
    expect(await tree.list()).toEqual(['a/c.ts', 'b.ts', 'link']);
    expect(await tree.readMany(['b.ts', 'a/c.ts', 'missing.ts'])).toEqual(
      new Map([
        ['b.ts', 'b\n'],
        ['a/c.ts', 'c\n'],
      ]),
    );
  });

  it('answers undefined for paths outside the tree, directories and skipped folders', async () => {
    const root = fileTree({ 'inner/a.ts': 'a\n', 'node_modules/m.js': 'm\n' });
    writeFileSync(join(scratch, 'secret.txt'), 'secret\n');
    const tree = new DirectoryTree(join(root, 'inner'));
    expect(await tree.read('../../secret.txt')).toBeUndefined();
    expect(await new DirectoryTree(root).read('inner')).toBeUndefined();
    expect(await new DirectoryTree(root).read('node_modules/m.js')).toBeUndefined();
    expect(await tree.read('/etc/hostname')).toBeUndefined();
  });
});
