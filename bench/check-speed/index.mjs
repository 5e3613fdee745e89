#!/usr/bin/env node
// `driftguard check` end to end, as CI runs it (a new process each time), on the example order service
// in a scratch git repository: a change touching no risky file (issue 5's target: under 1 s) and the
// incident's risky cleanup, beside the floors every run pays: starting Node, and `git diff` itself.
// The locks suite is left out of the copy's config (it needs the service built and started).
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { positiveInteger } from '../common/env.mjs';
import { align, ms, ratio } from '../common/table.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/order-service');
const BIN = join(ROOT, 'packages/driftguard/bin/driftguard.js');
const RUNS = positiveInteger(process.env, 'BENCH_CHECK_RUNS', 15);
/** A runtime module no risk category reaches (checked below with `classify`, not assumed). */
const QUIET_FILE = 'src/config.ts';
const BODY = [
  '## Intent',
  'Clearer wording in a validation message helper.',
  '## Change type',
  'refactor',
  '## Non-goals',
  'No change to orders, payments or webhooks.',
  '## Semantic impact',
  'None.',
  '',
].join('\n');

function git(repo, ...args) {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@b',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@b',
    },
  });
}

function scratchRepository() {
  const repo = mkdtempSync(join(tmpdir(), 'dg-check-speed-'));
  for (const entry of ['src', 'test', 'package.json', 'tsconfig.json', 'driftguard.config.json']) {
    if (existsSync(join(EXAMPLE, entry))) cpSync(join(EXAMPLE, entry), join(repo, entry), { recursive: true });
  }
  // The example's categories require the locks suite, which builds on a started service: this
  // benchmark times check itself, so the copy's config leaves the suite out.
  const config = JSON.parse(readFileSync(join(repo, 'driftguard.config.json'), 'utf8'));
  for (const category of Object.values(config.risks)) delete category.suites;
  delete config.locks;
  writeFileSync(join(repo, 'driftguard.config.json'), JSON.stringify(config, null, 2));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base');
  git(repo, 'checkout', '-qb', 'quiet', 'main');
  appendFileSync(
    join(repo, QUIET_FILE),
    '\n/** How the service is configured: from the environment, checked at start. */\n',
  );
  git(repo, 'commit', '-qam', 'quiet change');
  git(repo, 'checkout', '-qb', 'incident', 'main');
  git(repo, 'apply', '-p3', join(EXAMPLE, 'incident/cleanup.patch'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'cleanup');
  writeFileSync(join(repo, '.git/pr.md'), BODY);
  return repo;
}

/** Wall time of `runs` runs of a command, each a new process; the exit code must be one of `exits`. */
function time(command, args, cwd, exits) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (!exits.includes(run.status)) {
      throw new Error(`${command} ${args.join(' ')}: exit ${run.status}\n${run.stderr}${run.stdout.slice(0, 2000)}`);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length / 2)], max: samples[samples.length - 1] };
}

const repo = scratchRepository();
try {
  const classified = JSON.parse(
    spawnSync(process.execPath, [BIN, 'classify', '--json', '--base', 'main', '--head', 'quiet'], {
      cwd: repo,
      encoding: 'utf8',
    }).stdout,
  );
  if (classified.highRisk) throw new Error(`${QUIET_FILE} carries a risk now; pick a quiet file for this benchmark`);
  const check = (branch) => ['check', '--base', 'main', '--head', branch, '--pr-body', '.git/pr.md'];
  const quiet = time(process.execPath, [BIN, ...check('quiet')], repo, [0]);
  const incident = time(process.execPath, [BIN, ...check('incident')], repo, [1]);
  const node = time(process.execPath, ['-e', ''], repo, [0]);
  const diff = time('git', ['diff', 'main', 'quiet'], repo, [0]);
  const rows = [
    ['per run (new process each)', 'p50', 'max', 'p50 / git diff'],
    [`driftguard check, no risky file (${QUIET_FILE})`, ms(quiet.p50), ms(quiet.max), ratio(quiet.p50, diff.p50)],
    [
      'driftguard check, the incident cleanup (8 files, 6 risky)',
      ms(incident.p50),
      ms(incident.max),
      ratio(incident.p50, diff.p50),
    ],
    ['node -e "" (starting Node)', ms(node.p50), ms(node.max), ratio(node.p50, diff.p50)],
    ['git diff main quiet', ms(diff.p50), ms(diff.max), '1.0x'],
  ];
  process.stdout.write(`check-speed: ${RUNS} runs each, Node ${process.version}, the example order service\n\n`);
  process.stdout.write(`${align(rows, [false, true, true, true]).join('\n')}\n\n`);
  const pass = quiet.p50 < 1000;
  process.stdout.write(
    `Target (issue 5): ${pass ? 'PASS' : 'MISS'}  check on a change touching no risky file < 1 s: p50 ${ms(quiet.p50)}\n`,
  );
  process.stdout.write('Rerun: npm run bench -- check-speed   (env: BENCH_CHECK_RUNS=15)\n');
} finally {
  rmSync(repo, { recursive: true, force: true });
}
