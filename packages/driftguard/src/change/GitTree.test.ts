import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedGitEnv } from '../../test/support/isolatedGitEnv.js';
import { InputError } from '../errors/index.js';
import { CatFileBatch } from './CatFileBatch.js';
import { GitTree } from './GitTree.js';
import { type GitContext, gitEnvironment } from './gitProcess.js';

const FILES = 5_000;
const dir = mkdtempSync(join(tmpdir(), 'driftguard-tree-'));
const env = gitEnvironment(isolatedGitEnv());
const context: GitContext = { cwd: dir, env };
let head = '';

/** One commit of FILES small files, a symlink and a submodule pointer, written by `git fast-import`. */
beforeAll(() => {
  const git = (args: string[], input?: string): string =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', ...(input !== undefined && { input }) }).trim();
  git(['init', '-q', '-b', 'main']);
  const stream = ['commit refs/heads/main', 'committer Test <test@example.com> 1700000000 +0000', 'data 4', 'bulk'];
  for (let i = 0; i < FILES; i++)
    stream.push(`M 100644 inline src/f${i}.ts`, 'data <<EOF', `export const v${i} = ${i};`, 'EOF');
  stream.push('M 120000 inline link', 'data 9', 'src/f0.ts', `M 160000 ${'a'.repeat(40)} vendor/lib`);
  git(['fast-import', '--quiet'], `${stream.join('\n')}\n`);
  head = git(['rev-parse', 'main']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tree(batch = new CatFileBatch(context)): GitTree {
  return new GitTree({ context, revision: head, label: 'main', batch });
}

describe('GitTree', () => {
  it('lists files and symlinks but not submodules', async () => {
    const paths = await tree().list();
    expect(paths).toHaveLength(FILES + 1);
    expect(paths).toContain('link');
    expect(paths).not.toContain('vendor/lib');
  });

  it('reads 5,000 files through one cat-file process', async () => {
    const batch = new CatFileBatch(context);
    const files = tree(batch);
    const paths = (await files.list()).filter((path) => path.startsWith('src/'));
    const contents = await files.readMany(paths);
    expect(contents.size).toBe(FILES);
    expect(contents.get('src/f4321.ts')).toBe('export const v4321 = 4321;\n');
    await batch.close();
  });

  it('answers undefined for missing paths, directories and submodules, and leaves them out of readMany', async () => {
    const files = tree();
    expect(await files.read('src/nope.ts')).toBeUndefined();
    expect(await files.read('src')).toBeUndefined();
    expect(await files.read('vendor/lib')).toBeUndefined();
    const some = await files.readMany(['src/f1.ts', 'src/nope.ts', 'src/f1.ts']);
    expect([...some.keys()]).toEqual(['src/f1.ts']);
  });

  it('reads a symlink as its target', async () => {
    expect(await tree().read('link')).toBe('src/f0.ts');
  });

  it('keeps answers in order when reads interleave', async () => {
    const files = tree();
    const reads = Array.from({ length: 200 }, (_, i) => files.read(`src/f${(i * 37) % FILES}.ts`));
    const answers = await Promise.all(reads);
    const expected = reads.map((_, i) => `export const v${(i * 37) % FILES} = ${(i * 37) % FILES};\n`);
    expect(answers).toEqual(expected);
  });

  it('reads again after close by starting a new process', async () => {
    const batch = new CatFileBatch(context);
    const files = tree(batch);
    expect(await files.read('src/f1.ts')).toBe('export const v1 = 1;\n');
    await batch.close();
    await batch.close();
    expect(await files.read('src/f2.ts')).toBe('export const v2 = 2;\n');
    await batch.close();
  });

  it('lists nothing for the empty tree', async () => {
    const empty = new GitTree({
      context,
      revision: undefined,
      label: '(empty tree)',
      batch: new CatFileBatch(context),
    });
    expect(await empty.list()).toEqual([]);
    expect(await empty.read('src/f1.ts')).toBeUndefined();
  });
});

describe('CatFileBatch', () => {
  it('answers undefined for an object the repository lacks', async () => {
    const batch = new CatFileBatch(context);
    expect(await batch.read(['0'.repeat(40), 'not-an-object'])).toEqual([undefined, undefined]);
    await batch.close();
  });

  it('reports a missing git as an InputError', async () => {
    const batch = new CatFileBatch({ cwd: dir, env: { ...env, PATH: join(dir, 'no-bin') } });
    await expect(batch.read(['0'.repeat(40)])).rejects.toBeInstanceOf(InputError);
    await batch.close();
  });
});
