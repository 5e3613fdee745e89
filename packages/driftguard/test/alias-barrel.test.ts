import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Change, readDirectoryChange, readGitChange } from '../src/change/index.js';
import { validateConfig } from '../src/config/index.js';
import { classifyChange } from '../src/risk/index.js';
import { AFTER, BEFORE, CONFIG } from './fixtures/aliasBarrel.js';
import { isolatedGitEnv } from './support/isolatedGitEnv.js';

const scratch = mkdtempSync(join(tmpdir(), 'driftguard-alias-barrel-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeTree(root: string, files: Readonly<Record<string, string>>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A repository with BEFORE committed, then AFTER committed on top; free of the user's git config. */
function gitRepository(): string {
  const dir = join(scratch, 'repo');
  const env = isolatedGitEnv();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  mkdirSync(dir);
  git('init', '-q', '-b', 'main');
  writeTree(dir, BEFORE);
  git('add', '-A');
  git('commit', '-q', '-m', 'before');
  rmSync(join(dir, 'src/lib/keys/legacy.ts'));
  writeTree(dir, AFTER);
  git('add', '-A');
  git('commit', '-q', '-m', 'cleanup: split key helper');
  return dir;
}

const create = 'src/orders/create.ts';
const payments = (...chain: string[]) => ({ risk: 'payments', reason: 'import', chain: [create, ...chain] });
const lockfileNote = 'lockfile: resolved dependency versions reach every module in the repository';
const manifestNote = 'package manifest: dependency and script changes reach every module under services/inventory/';

const EXPECTED = {
  schemaVersion: 1,
  highRisk: true,
  risks: ['inventory', 'payments'],
  files: [
    { path: 'docs/x.md', status: 'modified', risks: [] },
    {
      path: 'package-lock.json',
      status: 'modified',
      risks: [
        { risk: 'inventory', reason: 'global', trigger: 'package-lock.json', note: lockfileNote },
        { risk: 'payments', reason: 'global', trigger: 'package-lock.json', note: lockfileNote },
      ],
    },
    {
      path: 'packages/ids/src/internal/uuid.ts',
      status: 'modified',
      risks: [payments('packages/ids/src/index.ts', 'packages/ids/src/internal/uuid.ts')],
    },
    {
      path: 'services/inventory/package.json',
      status: 'modified',
      risks: [{ risk: 'inventory', reason: 'global', trigger: 'services/inventory/package.json', note: manifestNote }],
    },
    { path: 'src/audit/trail.ts', status: 'modified', risks: [payments('src/audit/trail.ts')] },
    {
      path: 'src/jobs/retry.cjs',
      status: 'modified',
      risks: [payments('src/jobs/queue.ts', 'src/jobs/worker.cjs', 'src/jobs/retry.cjs')],
    },
    {
      path: 'src/lib/keys/derive.ts',
      status: 'modified',
      risks: [payments('src/lib/index.ts', 'src/lib/keys/derive.ts')],
    },
    {
      path: 'src/lib/keys/hash.ts',
      status: 'modified',
      risks: [payments('src/lib/index.ts', 'src/lib/keys/derive.ts', 'src/lib/keys/hash.ts')],
    },
    {
      path: 'src/lib/keys/legacy.ts',
      status: 'deleted',
      risks: [payments('src/lib/index.ts', 'src/lib/keys/derive.ts', 'src/lib/keys/legacy.ts')],
    },
    { path: 'src/money/types.ts', status: 'modified', risks: [] },
    { path: 'src/payments/charge.test.ts', status: 'modified', risks: [] },
    {
      path: 'src/payments/charge.ts',
      status: 'modified',
      risks: [{ risk: 'payments', reason: 'path', pattern: 'src/payments/**' }],
    },
    { path: 'src/reports/summarize.ts', status: 'modified', risks: [] },
  ],
};

async function classified(change: Change) {
  try {
    return await classifyChange(change, validateConfig(CONFIG, 'alias-barrel'));
  } finally {
    await change.close?.();
  }
}

describe('a helper reached only through an alias, a barrel and .js specifiers (the incident)', () => {
  it('is classified with the shortest chain, between two directories', async () => {
    const before = writeTree(join(scratch, 'before'), BEFORE);
    const after = writeTree(join(scratch, 'after'), AFTER);
    expect(await classified(await readDirectoryChange({ before, after }))).toEqual(EXPECTED);
  });

  it('is classified the same between two git revisions', async () => {
    const cwd = gitRepository();
    expect(await classified(await readGitChange({ cwd, base: 'HEAD~1', head: 'HEAD' }))).toEqual(EXPECTED);
  });
});
