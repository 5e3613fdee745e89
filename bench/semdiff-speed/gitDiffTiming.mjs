import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * Column (3), git itself on the same commit: `git diff --stat sha~1 sha` and `git diff sha~1 sha`,
 * each a fresh process (spawn time included), output read in full.
 */

function timeGit(repo, args) {
  const started = performance.now();
  const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr.trim() || `exit ${run.status}`}`);
  return performance.now() - started;
}

/** @returns {{ statMs: number, fullMs: number }} */
export function timeGitDiff(repo, sha) {
  return {
    statMs: timeGit(repo, ['diff', '--stat', `${sha}~1`, sha]),
    fullMs: timeGit(repo, ['diff', `${sha}~1`, sha]),
  };
}
