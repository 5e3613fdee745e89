#!/usr/bin/env node
import { assertClone, commitSubjects, describeCommit, selectCommits } from './commits.mjs';
import { timeGitDiff } from './gitDiffTiming.mjs';
import { timeParseOnly } from './parseOnlyTiming.mjs';
import { renderReport } from './report.mjs';
import { loadEngine, timeSemanticDiff } from './semanticDiffTiming.mjs';

/**
 * The semantic diff speed benchmark (issue 3, "Measure"): over the last N commits of a real
 * TypeScript repository cloned outside the project, per commit, (1) our semantic diff from git,
 * (2) oxc-parser alone on the same changed files, (3) `git diff --stat` and `git diff`. Prints
 * p50/p95/total per column, the ratios, the targets with PASS/MISS and the verdict counts.
 *
 * Environment: SEMDIFF_SPEED_REPO (the clone, default /tmp/semdiff-speed-zod), SEMDIFF_SPEED_HEAD
 * (newest commit to consider, default HEAD), SEMDIFF_SPEED_COMMITS (default 300), BENCH_WARMUPS
 * (commits run once untimed first, default 5).
 */

function readSettings(env) {
  const whole = (name, fallback, least) => {
    const value = env[name] ? Number(env[name]) : fallback;
    if (!Number.isInteger(value) || value < least)
      throw new Error(`${name}: expected a whole number >= ${least}, got "${env[name]}"`);
    return value;
  };
  return {
    repo: env.SEMDIFF_SPEED_REPO || '/tmp/semdiff-speed-zod',
    head: env.SEMDIFF_SPEED_HEAD || 'HEAD',
    commits: whole('SEMDIFF_SPEED_COMMITS', 300, 1),
    warmups: whole('BENCH_WARMUPS', 5, 0),
  };
}

/** Measures one commit in all three columns, ours first (a cold git object cache hurts it, not the peers). */
async function measureCommit(engine, repo, sha) {
  const ours = engine.missing ? undefined : await timeSemanticDiff(engine, repo, sha);
  const parseOnly = await timeParseOnly(engine.readGitChange, repo, sha);
  const git = timeGitDiff(repo, sha);
  return { sha, ours, parseOnly, git };
}

async function main() {
  const settings = readSettings(process.env);
  const progress = (text) => process.stderr.write(`[semdiff-speed] ${text}\n`);
  try {
    assertClone(settings.repo);
  } catch (error) {
    // No repository on this machine (none is committed or downloadable here): say so and skip, so
    // `npm run bench` still runs the other benchmarks.
    process.stdout.write(`semdiff-speed: SKIPPED, ${error.message}\n`);
    return 0;
  }
  const commits = selectCommits(settings.repo, { head: settings.head, count: settings.commits });
  const engine = await loadEngine();
  if (engine.missing) progress(`column (1) skipped: ${engine.missing}`);
  progress(`warming up on ${Math.min(settings.warmups, commits.length)} commits`);
  for (const sha of commits.slice(0, settings.warmups)) await measureCommit(engine, settings.repo, sha);
  const measured = [];
  for (const [index, sha] of commits.entries()) {
    if (index % 50 === 0) progress(`commit ${index + 1} of ${commits.length}`);
    measured.push(await measureCommit(engine, settings.repo, sha));
  }
  const span = {
    head: describeCommit(settings.repo, commits[0]),
    oldest: describeCommit(settings.repo, commits.at(-1)),
  };
  const refactorOnly = measured
    .filter((commit) => commit.ours?.verdict === 'refactor-only')
    .map((commit) => commit.sha);
  const claims = commitSubjects(settings.repo, refactorOnly);
  process.stdout.write(renderReport({ settings, span, engine, measured, claims }));
  return 0;
}

process.exitCode = await main();
