import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../../errors/index.js';
import {
  type LocksReport,
  loadLocks,
  locksExitCode,
  mergeLockReports,
  parseLocksReport,
  parseShard,
  renderLocksText,
  runLocks,
} from '../../locks/index.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { type ParsedArgs, stringFlag } from '../parseCommandArgs.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

const SUBCOMMANDS = ['run', 'approve', 'merge'] as const;

/** `driftguard locks run|approve|merge`: behavior locks against a running service, their snapshots, their shards. */
export const locks: Command = {
  name: 'locks',
  summary: 'run behavior locks against a running service; approve their snapshots; merge shard reports',
  usage:
    'driftguard locks run [FILES...] [--target URL] [--target NAME=URL] [--db URL] [--only NAME] [--shard i/n] [--json] [--output FILE]\n' +
    '       driftguard locks approve [FILES...] [--target URL] [--db URL] [--only NAME]\n' +
    '       driftguard locks merge REPORT.json... [--json]   (or: locks run --merge REPORT.json...)',
  description: [
    'Runs the locks in FILES (files or directories; default: locks/) against the service at --target and',
    'its database at --db: each lock reports its first failing step with expected beside actual and the',
    'request that did it. Exit 0 when every lock holds, 1 when one fails, 2 when a lock file has an error',
    '(file:line:col: what is wrong) or a lock could not run (SQL error, unreachable target).',
    '`approve` records the snapshots the locks produce (locks/__snapshots__/NAME.json); commit them.',
    '`--shard i/n` runs every n-th lock (by name) for parallel CI jobs; `merge` joins their --json reports.',
  ].join('\n'),
  flags: [
    { flag: '--target URL', text: "the service's base URL (wins over the lock's target:)" },
    { flag: '--target NAME=URL', text: 'a named target, such as payments=http://127.0.0.1:4010 (repeatable)' },
    { flag: '--db URL', text: "postgres://..., mysql://..., sqlite:PATH or a file (wins over the lock's database:)" },
    { flag: '--only NAME', text: 'run only the lock with this name or glob (repeatable)' },
    { flag: '--shard i/n', text: 'run shard i of n (locks dealt round-robin in name order)' },
    { flag: '--json', text: 'print the report as JSON (what merge reads)' },
    { flag: '--output FILE', text: 'write the report to FILE instead of standard output' },
    { flag: '--merge', text: 'with run: the positionals are --json reports to merge, not lock files' },
  ],
  examples: [
    'driftguard locks run --target http://127.0.0.1:3000 --db sqlite:.data/orders.sqlite',
    'driftguard locks run locks/ --shard 2/4 --json --output locks-2.json',
    'driftguard locks merge locks-1.json locks-2.json locks-3.json locks-4.json',
    'driftguard locks approve --only "order ids are stable across releases"',
  ],
  options: {
    target: { type: 'string', multiple: true },
    db: { type: 'string' },
    only: { type: 'string', multiple: true },
    shard: { type: 'string' },
    json: { type: 'boolean' },
    output: { type: 'string' },
    merge: { type: 'boolean' },
  },
  async run(parsed, io) {
    const [subcommand, ...rest] = parsed.positionals;
    if (!SUBCOMMANDS.includes(subcommand as (typeof SUBCOMMANDS)[number])) {
      const got = subcommand === undefined ? 'nothing' : `"${subcommand}"`;
      throw new UsageError(`locks: expected a subcommand (${SUBCOMMANDS.join(', ')}), got ${got}`);
    }
    if (subcommand === 'merge' || parsed.values.merge === true) return merge(rest, parsed, io);
    const files = rest.length > 0 ? rest : [defaultLocksDir(io)];
    const loaded = await loadLocks(files, { cwd: io.cwd });
    if (loaded.length === 0) throw new InputError('locks/none', `no *.lock.yaml files in ${files.join(', ')}`);
    const shard = stringFlag(parsed, 'shard');
    const db = stringFlag(parsed, 'db');
    const only = listFlag(parsed, 'only');
    const report = await runLocks({
      locks: loaded,
      ...targetsOf(listFlag(parsed, 'target')),
      ...(db === undefined ? {} : { db }),
      ...(only.length > 0 ? { only } : {}),
      ...(shard === undefined ? {} : { shard: parseShard(shard) }),
      approve: subcommand === 'approve',
      env: io.env,
      cwd: io.cwd,
    });
    emit(report, parsed, io);
    return locksExitCode(report);
  },
};

function merge(files: readonly string[], parsed: ParsedArgs, io: CliIo): number {
  if (files.length === 0) throw new UsageError('locks merge: name the --json reports to merge');
  const reports = files.map((file) => parseLocksReport(readReport(resolve(io.cwd, file), file), file));
  const report = mergeLockReports(reports);
  emit(report, parsed, io);
  return locksExitCode(report);
}

function readReport(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError('locks/unreadable', `${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

function defaultLocksDir(io: CliIo): string {
  if (existsSync(resolve(io.cwd, 'locks'))) return 'locks';
  throw new UsageError('locks: no locks/ directory here; name the lock files or directories to run');
}

/** `--target URL` is the default target; `--target NAME=URL` a named one. */
function targetsOf(values: readonly string[]): { target?: string; targets?: Record<string, string> } {
  const targets: Record<string, string> = {};
  let target: string | undefined;
  for (const value of values) {
    const named = /^([A-Za-z_][\w-]*)=(.+)$/.exec(value);
    const [name, url] = named ? [named[1] as string, named[2] as string] : ['default', value];
    if (!/^https?:\/\/./.test(url))
      throw new UsageError(`--target: expected URL or NAME=URL with an http(s) URL, got "${value}"`);
    if (name === 'default') target = url;
    else targets[name] = url;
  }
  return { ...(target === undefined ? {} : { target }), ...(Object.keys(targets).length > 0 ? { targets } : {}) };
}

function listFlag(parsed: ParsedArgs, flag: string): string[] {
  const value: unknown = parsed.values[flag];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}

function emit(report: LocksReport, parsed: ParsedArgs, io: CliIo): void {
  const text = parsed.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderLocksText(report);
  const output = stringFlag(parsed, 'output');
  if (output === undefined) io.stdout(text);
  else writeFileAtomic(resolve(io.cwd, output), text, '--output');
}
