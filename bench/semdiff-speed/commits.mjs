import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The commits the speed benchmark measures: the newest `count` first-parent, non-merge commits up to
 * `head` that change TS/JS files and have a parent, newest first.
 */

/** The pathspecs that select TS/JS changes. */
export const SCRIPT_PATHSPECS = ['*.ts', '*.tsx', '*.mts', '*.cts', '*.js', '*.jsx', '*.mjs', '*.cjs'];

/** Throws with the clone instructions when `repo` is not a git work tree. */
export function assertClone(repo) {
  if (!existsSync(join(repo, '.git'))) {
    throw new Error(
      `${repo} is not a git clone. Clone a TypeScript repository with >= 300 commits there first, e.g.\n` +
        '  git clone <a clone URL of colinhacks/zod> /tmp/semdiff-speed-zod\n' +
        'or point SEMDIFF_SPEED_REPO at one (see bench/semdiff-speed/README.md).',
    );
  }
}

/** @returns {string[]} commit ids, from `head` back */
export function selectCommits(repo, { head, count }) {
  const output = execFileSync(
    'git',
    ['log', '--first-parent', '--no-merges', '--format=%H %P', head, '--', ...SCRIPT_PATHSPECS],
    { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return output
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([sha, parent]) => sha && parent)
    .slice(0, count)
    .map(([sha]) => sha);
}

/** A commit's id and date, for the report. */
export function describeCommit(repo, revision) {
  const [sha, date] = execFileSync('git', ['log', '-1', '--format=%H %cs', revision], { cwd: repo, encoding: 'utf8' })
    .trim()
    .split(' ');
  return { sha, date };
}

/** `abc1234 subject` for each commit, in the order given (one git process). */
export function commitSubjects(repo, shas) {
  if (shas.length === 0) return [];
  return execFileSync('git', ['show', '--no-patch', '--format=%h %s', ...shas], { cwd: repo, encoding: 'utf8' })
    .trim()
    .split('\n');
}
