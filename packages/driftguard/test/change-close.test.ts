import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';

const DIST = pathToFileURL(resolve(import.meta.dirname, '../dist/index.js')).href;

it('lets a script that awaits change.close() finish normally instead of exiting with an unsettled promise', () => {
  const repo = mkdtempSync(join(tmpdir(), 'dg-close-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'a.ts'), 'export const a = 1;\n');
  git('add', '.');
  git('commit', '-qm', 'one');
  const script = [
    `import { readGitChange } from ${JSON.stringify(DIST)};`,
    `const change = await readGitChange({ cwd: ${JSON.stringify(repo)} });`,
    `await change.head.read('a.ts');`,
    'await change.close();',
    "console.log('closed');",
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toBe('closed\n');
});
