import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedGitEnv } from '../../test/support/isolatedGitEnv.js';
import { InputError } from '../errors/index.js';
import type { Change } from './model.js';
import { readGitChange } from './readGitChange.js';

const scratch = mkdtempSync(join(tmpdir(), 'driftguard-change-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An environment free of the user's git config and of any CI variables of the machine running the tests. */
const env = isolatedGitEnv({ GIT_CEILING_DIRECTORIES: scratch });

let repositories = 0;

/** A throwaway repository (or clone) under the scratch directory, driven by real git commands. */
class ScratchRepository {
  constructor(readonly dir: string) {}

  static init(): ScratchRepository {
    const repository = new ScratchRepository(join(scratch, `repo-${++repositories}`));
    mkdirSync(repository.dir);
    repository.git('init', '-q', '-b', 'main');
    return repository;
  }

  static clone(source: string, ...args: string[]): ScratchRepository {
    const dir = join(scratch, `clone-${++repositories}`);
    execFileSync('git', ['clone', '-q', ...args, source, dir], { env, stdio: 'pipe' });
    return new ScratchRepository(dir);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env, encoding: 'utf8', stdio: 'pipe' }).trim();
  }

  write(files: Record<string, string | Buffer>): this {
    for (const [path, contents] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), contents);
    }
    return this;
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  read(options: { base?: string; head?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Change> {
    return readGitChange({ cwd: this.dir, env, ...options });
  }
}

/** Runs `read` and answers the InputError it throws. */
async function inputError(read: Promise<unknown>): Promise<InputError> {
  const error = await read.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

function lines(count: number, prefix = 'line'): string {
  return Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}\n`).join('');
}

describe('readGitChange: what changed', () => {
  it('detects a rename and keeps the old path and the similarity', async () => {
    const repo = ScratchRepository.init().write({ 'src/old-name.ts': lines(40) });
    repo.commit('one');
    repo.git('mv', 'src/old-name.ts', 'src/new-name.ts');
    repo.write({ 'src/new-name.ts': `${lines(40)}one more\n` }).commit('rename');
    const change = await repo.read();
    expect(change.files).toEqual([
      {
        path: 'src/new-name.ts',
        oldPath: 'src/old-name.ts',
        status: 'renamed',
        similarity: expect.any(Number),
        oldMode: '100644',
        newMode: '100644',
        binary: false,
        submodule: false,
        additions: 1,
        deletions: 0,
      },
    ]);
    expect(change.files[0]?.similarity).toBeGreaterThan(90);
  });

  it('reports added and deleted files with their line counts and only the present side’s mode', async () => {
    const repo = ScratchRepository.init().write({ 'gone.txt': lines(3, 'gone'), 'kept.txt': 'kept\n' });
    repo.commit('one');
    rmSync(join(repo.dir, 'gone.txt'));
    repo.write({ 'docs/new.md': lines(5, 'new') }).commit('two');
    const { files } = await repo.read();
    expect(files.map((file) => [file.path, file.status, file.additions, file.deletions])).toEqual([
      ['docs/new.md', 'added', 5, 0],
      ['gone.txt', 'deleted', 0, 3],
    ]);
    expect(files[0]).not.toHaveProperty('oldMode');
    expect(files[1]).not.toHaveProperty('newMode');
  });

  it('marks binary files and counts no lines for them', async () => {
    const repo = ScratchRepository.init().write({ 'logo.png': Buffer.from([0x89, 0x50, 0, 1, 2]) });
    repo.commit('one');
    repo.write({ 'logo.png': Buffer.from([0x89, 0x50, 0, 3, 4, 5]) }).commit('two');
    const { files } = await repo.read();
    expect(files).toMatchObject([{ path: 'logo.png', status: 'modified', binary: true, additions: 0, deletions: 0 }]);
  });

  it('reports an executable bit change as a modification with both modes', async () => {
    const repo = ScratchRepository.init().write({ 'run.sh': 'echo hi\n' });
    repo.commit('one');
    repo.git('update-index', '--chmod=+x', 'run.sh');
    repo.git('commit', '-q', '-m', 'executable');
    const { files } = await repo.read();
    expect(files).toMatchObject([
      { path: 'run.sh', status: 'modified', oldMode: '100644', newMode: '100755', additions: 0, deletions: 0 },
    ]);
  });

  it('reports symlinks with mode 120000, a file turned symlink as a type change, and reads a link as its target', async () => {
    const repo = ScratchRepository.init().write({ 'target.txt': 'target\n', 'config.json': '{}\n' });
    repo.commit('one');
    symlinkSync('target.txt', join(repo.dir, 'latest'));
    rmSync(join(repo.dir, 'config.json'));
    symlinkSync('target.txt', join(repo.dir, 'config.json'));
    repo.commit('links');
    const change = await repo.read();
    expect(change.files).toMatchObject([
      { path: 'config.json', status: 'type-changed', oldMode: '100644', newMode: '120000' },
      { path: 'latest', status: 'added', newMode: '120000' },
    ]);
    expect(await change.head.read('latest')).toBe('target.txt');
    await change.close?.();
  });

  it('reports a submodule pointer change as a submodule and lists no submodule as a file', async () => {
    const repo = ScratchRepository.init().write({ 'readme.md': 'hi\n' });
    const first = repo.commit('one');
    const second = repo.commit('two');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${first},vendor/lib`);
    repo.git('commit', '-q', '-m', 'add submodule');
    repo.git('update-index', '--cacheinfo', `160000,${second},vendor/lib`);
    repo.git('commit', '-q', '-m', 'bump submodule');
    const change = await repo.read();
    expect(change.files).toMatchObject([
      { path: 'vendor/lib', status: 'modified', submodule: true, oldMode: '160000', newMode: '160000' },
    ]);
    expect(await change.head.list()).toEqual(['readme.md']);
    expect(await change.head.read('vendor/lib')).toBeUndefined();
  });
});

describe('readGitChange: choosing the base', () => {
  it('compares a feature branch with its merge base with main, ignoring later commits on main', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    const forkPoint = repo.commit('one');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'feature.txt': 'f\n' }).commit('feature work');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'main-only.txt': 'm\n' }).commit('main moves on');
    repo.git('checkout', '-q', 'feature');
    const change = await repo.read();
    expect(change.baseRev).toBe(forkPoint);
    expect(change.base.label).toBe(`${forkPoint.slice(0, 7)} (merge base with main)`);
    expect(change.files.map((file) => file.path)).toEqual(['feature.txt']);
  });

  it('prefers origin/main to a local main', async () => {
    const upstream = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    const forkPoint = upstream.commit('one');
    const clone = ScratchRepository.clone(upstream.dir);
    clone.write({ 'local-main.txt': 'x\n' }).commit('local main commit');
    clone.git('checkout', '-q', '-b', 'feature');
    clone.write({ 'feature.txt': 'f\n' }).commit('feature');
    const change = await clone.read();
    expect(change.baseRev).toBe(forkPoint);
    expect(change.files.map((file) => file.path)).toEqual(['feature.txt', 'local-main.txt']);
  });

  it('falls back to HEAD~1 on main itself', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    const parent = repo.commit('one');
    repo.write({ 'b.txt': 'b\n' }).commit('two');
    const change = await repo.read();
    expect(change.baseRev).toBe(parent);
    expect(change.base.label).toBe('HEAD~1');
    expect(change.files.map((file) => file.path)).toEqual(['b.txt']);
  });

  it('uses the merge base with origin/$GITHUB_BASE_REF in a GitHub pull request', async () => {
    const origin = join(scratch, `origin-${++repositories}.git`);
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
    const author = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    author.commit('one');
    author.git('checkout', '-q', '-b', 'release');
    author.write({ 'release.txt': 'r\n' });
    const releaseFork = author.commit('release only');
    author.git('checkout', '-q', '-b', 'feature');
    author.write({ 'feature.txt': 'f\n' }).commit('feature');
    author.git('remote', 'add', 'origin', origin);
    author.git('push', '-q', 'origin', 'main', 'release', 'feature');
    const checkout = ScratchRepository.clone(origin, '--branch', 'feature');
    const change = await checkout.read({ env: { ...env, GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'release' } });
    expect(change.baseRev).toBe(releaseFork);
    expect(change.base.label).toContain('merge base with origin/release');
    expect(change.files.map((file) => file.path)).toEqual(['feature.txt']);
  });

  it('says to fetch the branch when GITHUB_BASE_REF names a branch the clone lacks', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    repo.commit('one');
    const error = await inputError(repo.read({ env: { ...env, GITHUB_BASE_REF: 'develop' } }));
    expect(error.code).toBe('change/unknown-revision');
    expect(error.message).toBe(
      'origin/develop (from GITHUB_BASE_REF): unknown revision; fetch it (`git fetch origin develop`), or pass --base',
    );
  });

  it('compares the first commit of a repository with the empty tree', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': 'a\nb\n', 'src/b.ts': 'export {};\n' });
    repo.commit('root');
    const change = await repo.read();
    expect(change.baseRev).toBeUndefined();
    expect(change.base.label).toBe('(empty tree)');
    expect(await change.base.list()).toEqual([]);
    expect(change.files.map((file) => [file.path, file.status, file.additions])).toEqual([
      ['a.txt', 'added', 2],
      ['src/b.ts', 'added', 1],
    ]);
  });

  it('reports repository-relative paths when run from a subdirectory', async () => {
    const repo = ScratchRepository.init().write({ 'src/a.ts': '1\n' });
    repo.commit('one');
    repo.write({ 'src/a.ts': '2\n', 'docs/b.md': 'b\n' }).commit('two');
    const change = await readGitChange({ cwd: join(repo.dir, 'src'), env });
    expect(change.files.map((file) => file.path)).toEqual(['docs/b.md', 'src/a.ts']);
    expect(await change.head.list()).toEqual(['docs/b.md', 'src/a.ts']);
  });

  it('refuses to guess when the branch shares no history with main', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    repo.commit('one');
    repo.git('checkout', '-q', '--orphan', 'unrelated');
    repo.write({ 'b.txt': 'b\n' }).commit('another root');
    const error = await inputError(repo.read());
    expect(error.code).toBe('change/no-merge-base');
    expect(error.message).toBe('HEAD and main share no history; pass --base to name the revision to compare against');
  });

  it('takes explicit --base and --head as given', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': '1\n' });
    const first = repo.commit('one');
    repo.write({ 'a.txt': '2\n' }).commit('two');
    repo.write({ 'b.txt': '3\n' }).commit('three');
    const change = await repo.read({ base: first, head: 'HEAD~1' });
    expect(change.base.label).toBe(first);
    expect(change.head.label).toBe('HEAD~1');
    expect(change.files.map((file) => file.path)).toEqual(['a.txt']);
  });

  it('measures an explicit --base from the fork point, so later commits on the base are not the change', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': '1\n' });
    const fork = repo.commit('one');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'feature.txt': 'f\n' }).commit('feature work');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'landed-on-main.txt': 'm\n' }).commit('someone else landed this');
    repo.git('checkout', '-q', 'feature');
    const change = await repo.read({ base: 'main' });
    expect(change.files.map((file) => file.path)).toEqual(['feature.txt']);
    expect(change.base.label).toBe(`${fork.slice(0, 7)} (merge base with main)`);
  });
});

describe('readGitChange: input errors', () => {
  it('refuses a directory outside any git repository', async () => {
    const dir = mkdtempSync(join(scratch, 'plain-'));
    const error = await inputError(readGitChange({ cwd: dir, env }));
    expect(error.code).toBe('change/not-a-repo');
    expect(error.message).toBe(
      `${dir}: not a git repository; run inside a git checkout, or compare two directories instead`,
    );
  });

  it('refuses a working directory that does not exist', async () => {
    const error = await inputError(readGitChange({ cwd: join(scratch, 'nowhere'), env }));
    expect(error.code).toBe('change/not-a-repo');
    expect(error.message).toContain('no such directory');
  });

  it('names the flag of an unknown revision', async () => {
    const repo = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    repo.commit('one');
    const error = await inputError(repo.read({ base: 'origin/mian' }));
    expect(error.code).toBe('change/unknown-revision');
    expect(error.message).toMatch(/^--base origin\/mian: unknown revision; /);
    const head = await inputError(repo.read({ head: '--output=/tmp/x' }));
    expect(head.message).toMatch(/^--head --output=\/tmp\/x: unknown revision; /);
  });

  it('says when the repository has no commits yet', async () => {
    const repo = ScratchRepository.init();
    const error = await inputError(repo.read());
    expect(error.code).toBe('change/unknown-revision');
    expect(error.message).toBe('--head HEAD: unknown revision; the repository has no commits yet');
  });

  it('asks for the full history when a shallow clone lacks the pull request base', async () => {
    const upstream = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    upstream.commit('one');
    upstream.git('checkout', '-q', '-b', 'feature');
    upstream.write({ 'b.txt': 'b\n' }).commit('two');
    const shallow = ScratchRepository.clone(`file://${upstream.dir}`, '--depth', '1', '--branch', 'feature');
    const error = await inputError(shallow.read({ env: { ...env, GITHUB_BASE_REF: 'main' } }));
    expect(error.code).toBe('change/shallow');
    expect(error.message).toBe(
      'origin/main (from GITHUB_BASE_REF) is missing in this shallow clone; fetch the full history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`)',
    );
  });

  it('asks for the full history when a shallow clone lacks the merge base', async () => {
    const upstream = ScratchRepository.init().write({ 'a.txt': 'a\n' });
    upstream.commit('one');
    upstream.git('checkout', '-q', '-b', 'feature');
    upstream.write({ 'b.txt': 'b\n' }).commit('feature');
    upstream.git('checkout', '-q', 'main');
    upstream.write({ 'c.txt': 'c\n' }).commit('main moves on');
    const shallow = ScratchRepository.clone(`file://${upstream.dir}`, '--depth', '1', '--no-single-branch');
    shallow.git('checkout', '-q', 'feature');
    const error = await inputError(shallow.read());
    expect(error.code).toBe('change/shallow');
    expect(error.message).toMatch(/^HEAD and origin\/main: no merge base in this shallow clone; /);
    const parent = await inputError(shallow.read({ base: 'HEAD~1' }));
    expect(parent.code).toBe('change/shallow');
    expect(parent.message).toMatch(/^--base HEAD~1: unknown revision in this shallow clone; check the name, or fetch/);
  });

  it('says git is missing when it cannot be started', async () => {
    const repo = ScratchRepository.init();
    const error = await inputError(repo.read({ env: { ...env, PATH: join(scratch, 'no-bin') } }));
    expect(error.code).toBe('change/git-missing');
  });
});

describe('readGitChange: scale', () => {
  it('reads a change of 20,000 files, renames included', async () => {
    const repo = ScratchRepository.init();
    const fileCount = 20_000;
    const before = Array.from({ length: fileCount }, (_, i) => [
      `src/m${i % 100}/f${i}.ts`,
      `export const v${i} = ${i};\n`,
    ]);
    const after = before.map(([path, text], i) => {
      if (i % 4 === 0) return [path, `${text}export const w${i} = ${i};\n`]; // modified
      if (i % 4 === 1) return [`moved/${path}`, text]; // renamed
      if (i % 4 === 2) return [path?.replace('.ts', '.next.ts'), `export const n${i} = 0;\n`]; // deleted + added
      return [path, text]; // unchanged
    });
    importCommits(repo, [before as [string, string][], after as [string, string][]]);
    const change = await repo.read();
    const count = (status: string): number => change.files.filter((file) => file.status === status).length;
    expect([count('modified'), count('renamed'), count('added'), count('deleted')]).toEqual(
      Array(4).fill(fileCount / 4),
    );
    const contents = await change.head.readMany(change.files.map((file) => file.path));
    expect(contents.size).toBe(fileCount * 0.75);
    await change.close?.();
  });
});

/** Writes commits to main in one `git fast-import` stream (no checkout): each commit lists all its files. */
function importCommits(repo: ScratchRepository, commits: readonly (readonly [string, string])[][]): void {
  const stream: string[] = [];
  commits.forEach((files, i) => {
    stream.push('commit refs/heads/main', `committer Test <test@example.com> ${1_700_000_000 + i} +0000`);
    stream.push(`data ${`commit ${i}`.length}`, `commit ${i}`, 'deleteall');
    for (const [path, text] of files) stream.push(`M 100644 inline ${path}`, `data ${Buffer.byteLength(text)}`, text);
  });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env, input: `${stream.join('\n')}\n` });
}
