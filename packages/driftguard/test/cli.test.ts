import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/cleanup-change');
const ESC = '\u001b[';
const BIN = resolve(import.meta.dirname, '../bin/driftguard.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: options.cwd ?? FIXTURE,
    env: options.env ?? {},
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

function expectOneLineError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr.trimEnd()).toMatch(pattern);
}

/** A copy of the fixture's after tree whose config requires a suite that runs `command`. */
function fixtureWithSuite(command: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-cli-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const config = {
    risks: { payments: { paths: ['src/payments/**'], entryPoints: ['src/orders/create.ts'], suites: ['contracts'] } },
    suites: { contracts: { run: command, timeoutSeconds: 30 } },
  };
  // The same config on both sides: the change under test is the fixture's, not a config change.
  for (const side of ['before', 'after'])
    writeFileSync(join(dir, side, 'driftguard.config.json'), JSON.stringify(config));
  return dir;
}

describe('driftguard CLI', () => {
  it('prints its version', async () => {
    const run = await cli(['--version']);
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'));
    expect(run).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('lists its commands, and each command has help with an example', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/check\s+run the pipeline/);
    expect(main.stdout).toMatch(/classify\s+list the risk categories/);
    for (const name of ['check', 'classify']) {
      const help = await cli([name, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: driftguard ${name}`);
      expect(help.stdout).toMatch(/Examples:\n {2}driftguard /);
    }
  });

  it('rejects an unknown command, an unknown flag and a bad format with one line each', async () => {
    expectOneLineError(await cli(['chekc']), /^driftguard: unknown command "chekc"; expected one of check, classify/);
    expectOneLineError(
      await cli(['check', '--nope']),
      /^driftguard: check: unknown flag --nope \(see driftguard --help\)$/,
    );
    expectOneLineError(await cli(['check', '--format', 'pdf']), /--format: expected one of text, .*sarif.*, got "pdf"/);
    expectOneLineError(
      await cli(['classify', 'only-one-dir']),
      /expected two directories \(BEFORE AFTER\) or none, got 1/,
    );
  });

  it('classifies the fixture: the renamed hash helper carries payments through the alias and barrel', async () => {
    const run = await cli(['classify', '--json', 'before', 'after']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ schemaVersion: 1, highRisk: true, risks: ['payments'] });
    const hash = result.files.find((f: { path: string }) => f.path === 'src/lib/keys/hash.ts');
    expect(hash.risks).toEqual([
      {
        risk: 'payments',
        reason: 'import',
        chain: ['src/orders/create.ts', 'src/lib/index.ts', 'src/lib/keys/derive.ts', 'src/lib/keys/hash.ts'],
      },
    ]);
    const profile = result.files.find((f: { path: string }) => f.path === 'src/users/profile.ts');
    expect(profile.risks).toEqual([]);
  });

  it('appends high_risk and risks to $GITHUB_OUTPUT, and says so when it is not set', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dg-gh-')), 'output');
    writeFileSync(out, 'earlier=1\n');
    const run = await cli(['classify', '--github-output', 'before', 'after'], { env: { GITHUB_OUTPUT: out } });
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('earlier=1\nhigh_risk=true\nrisks=payments\n');
    expectOneLineError(await cli(['classify', '--github-output', 'before', 'after']), /\$GITHUB_OUTPUT is not set/);
  });

  it('checks the fixture: passes with a risk/high notice naming the chain', async () => {
    const run = await cli(['check', '--pr-body', 'pr.md', 'before', 'after']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('risk/high');
    expect(run.stdout).toContain('src/lib/keys/hash.ts');
    expect(run.stdout).toContain('semantic diff: refactor-only');
    expect(run.stdout).not.toMatch(/intent.*not built/);
    expect(run.stdout).not.toContain(ESC);
  });

  it('fails a change that declares no contract at all, saying so', async () => {
    const run = await cli(['check', '--format', 'json', 'before', 'after']);
    expect(run.code).toBe(1);
    const missing = JSON.parse(run.stdout).findings.find((f: { code: string }) => f.code === 'intent/missing-section');
    expect(missing).toMatchObject({ severity: 'error', message: expect.stringContaining('no PR contract') });
  });

  it('reads the contract from the pull_request event and writes the check outputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-event-'));
    const event = join(dir, 'event.json');
    const body = readFileSync(join(FIXTURE, 'pr.md'), 'utf8');
    writeFileSync(event, JSON.stringify({ pull_request: { body, labels: [{ name: 'ai-assisted' }] } }));
    const out = join(dir, 'output');
    const run = await cli(['check', '--github-output', 'before', 'after'], {
      env: { GITHUB_EVENT_PATH: event, GITHUB_OUTPUT: out },
    });
    expect(readFileSync(out, 'utf8')).toBe(
      `high_risk=true\nrisks=payments\nverdict=${run.code === 0 ? 'pass' : 'fail'}\nrequired_suites=\nai_assisted=true\n`,
    );
    writeFileSync(event, '{"pull_request": ');
    expectOneLineError(await cli(['check', 'before', 'after'], { env: { GITHUB_EVENT_PATH: event } }), /event\.json/);
  });

  it('points at a behavior change hidden in the risky file among the renames', async () => {
    const dir = fixtureWithSuite('true');
    const hash = join(dir, 'after/src/lib/keys/hash.ts');
    writeFileSync(hash, readFileSync(hash, 'utf8').replace('hex.slice(0, 32)', 'hex.slice(0, 16)'));
    const run = await cli(['check', '--format', 'json', '--pr-body', 'pr.md', 'before', 'after'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.semdiff.verdict).toBe('behavior-change');
    const finding = report.findings.find((f: { code: string }) => f.code === 'intent/behavior-in-refactor');
    expect(finding).toMatchObject({ file: 'src/lib/keys/hash.ts', line: 6, severity: 'error' });
    expect(finding.message).toMatch(/^declared refactor, but .*stableHash/);
    const fix =
      '## Intent\nShorter order keys.\n## Change type\nfix\n## Non-goals\nNone.\n## Semantic impact\nKeys get shorter.\n';
    writeFileSync(join(dir, 'feature.md'), fix);
    const declared = await cli(['check', '--format', 'json', '--pr-body', 'feature.md', 'before', 'after'], {
      cwd: dir,
    });
    const notice = JSON.parse(declared.stdout).findings.find(
      (f: { code: string }) => f.code === 'semdiff/behavior-change',
    );
    expect(notice).toMatchObject({ file: 'src/lib/keys/hash.ts', line: 6, risk: 'payments', severity: 'notice' });
    expect(notice.message).toMatch(/^behavior change in a file carrying payments risk: .*stableHash/);
  });

  it('renders the same check as JSON with a schema version', async () => {
    const run = await cli(['check', '--format', 'json', '--pr-body', 'pr.md', 'before', 'after']);
    const report = JSON.parse(run.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict).toBe('pass');
    expect(report.findings.map((f: { code: string; file?: string }) => `${f.code} ${f.file}`)).toContain(
      'risk/high src/lib/keys/hash.ts',
    );
  });

  it('colors a terminal but not when NO_COLOR is set', async () => {
    expect((await cli(['check', 'before', 'after'], { tty: true, env: {} })).stdout).toContain(ESC);
    expect((await cli(['check', 'before', 'after'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('fails the gate with exit 1 when a suite the risk requires fails', async () => {
    const dir = fixtureWithSuite('echo "contract broken: order key changed" && exit 3');
    const run = await cli(['check', '--format', 'json', 'before', 'after'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.verdict).toBe('fail');
    expect(report.suites[0]).toMatchObject({ name: 'contracts', status: 'failed', exitCode: 3 });
    const failure = report.findings.find((f: { code: string }) => f.code === 'gate/suite-failed');
    expect(failure.message).toContain('contract broken: order key changed');
  });

  it('passes the gate when the required suite passes', async () => {
    const dir = fixtureWithSuite('node -e "process.exit(0)"');
    const run = await cli(['check', '--format', 'json', '--pr-body', 'pr.md', 'before', 'after'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).suites[0]).toMatchObject({ name: 'contracts', status: 'passed', exitCode: 0 });
  });

  it('writes --output atomically and prints nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dg-out-')), 'report.sarif');
    const run = await cli(['check', '--format', 'sarif', '--output', out, '--pr-body', 'pr.md', 'before', 'after']);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    expectOneLineError(
      await cli(['check', '--output', '/nonexistent-dir/r.txt', 'before', 'after']),
      /--output \/nonexistent-dir\/r\.txt: ENOENT/,
    );
  });

  it('says which input is wrong: a missing PR body, a bad config, a missing directory, not a repository', async () => {
    expectOneLineError(await cli(['check', '--pr-body', 'nope.md', 'before', 'after']), /--pr-body nope\.md: ENOENT$/);
    const dir = fixtureWithSuite('true');
    writeFileSync(join(dir, 'after/driftguard.config.json'), '{"risks":{"p":{"paths":["a",7]}}}');
    expectOneLineError(
      await cli(['check', 'before', 'after'], { cwd: dir }),
      /driftguard\.config\.json: risks\.p\.paths\[1\]: expected a glob string$/,
    );
    expectOneLineError(await cli(['check', 'before', 'missing'], { cwd: dir }), /missing/);
    const notRepo = mkdtempSync(join(tmpdir(), 'dg-norepo-'));
    expectOneLineError(await cli(['classify'], { cwd: notRepo }), /not (inside )?a git repository/);
  });

  it('init writes the PR template check reads, and leaves an existing one alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-init-'));
    expect(await cli(['init'], { cwd: dir })).toMatchObject({ code: 0 });
    const template = readFileSync(join(dir, '.github/pull_request_template.md'), 'utf8');
    expect(template).toMatch(/## Intent/);
    expect(template).toMatch(/## Non-goals/);
    expectOneLineError(await cli(['init'], { cwd: dir }), /pull_request_template\.md: already exists; pass --force/);
    expect((await cli(['init', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('reads a git change with --base/--head', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'dg-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    cpSync(join(FIXTURE, 'before'), repo, { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'base');
    cpSync(join(FIXTURE, 'after'), repo, { recursive: true });
    git('commit', '-qam', 'cleanup');
    const run = await cli(['classify', '--json', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: repo });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).risks).toEqual(['payments']);
    expectOneLineError(
      await cli(['classify', '--base', 'origin/mian'], { cwd: repo }),
      /--base origin\/mian: unknown revision/,
    );
  });

  it('runs as an installed binary: exit codes and no stack trace for bad input', () => {
    const ok = spawnSync(process.execPath, [BIN, 'classify', 'before', 'after'], { cwd: FIXTURE, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/high risk: payments/);
    const bad = spawnSync(process.execPath, [BIN, 'check', '--base'], { cwd: FIXTURE, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('driftguard: check: --base expects a value (see driftguard --help)\n');
  });

  it('stops quietly when its reader closes the pipe early, as with | head', async () => {
    // Output far larger than a pipe's buffer: 4,000 behavior changes as JSON, read one chunk and closed.
    const dir = mkdtempSync(join(tmpdir(), 'dg-epipe-'));
    const module = (value: number) =>
      Array.from({ length: 4000 }, (_, i) => `export const value${i} = ${value};`).join('\n');
    writeFileSync(join(dir, 'before.ts'), module(1));
    writeFileSync(join(dir, 'after.ts'), module(2));
    const child = spawn(process.execPath, [BIN, 'semdiff', '--json', 'before.ts', 'after.ts'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at /);
    expect(code === 0 || code === null).toBe(true);
  });
});
