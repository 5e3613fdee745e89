import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCommitMessages } from '../../change/index.js';
import { gatherContract, runCheck } from '../../check/index.js';
import { loadConfig } from '../../config/index.js';
import { InputError } from '../../errors/index.js';
import { classificationOutputs, FORMATS, type Format, renderReport } from '../../report/index.js';
import { CHANGE_OPTIONS, CONFIG_FLAG_HELP, REVISION_FLAG_HELP } from '../changeFlags.js';
import type { Command } from '../command.js';
import { appendGithubOutputs, appendStepSummary } from '../githubFiles.js';
import type { CliIo } from '../io.js';
import { wantsColor } from '../io.js';
import { choiceFlag, type ParsedArgs, stringFlag } from '../parseCommandArgs.js';
import { selectChange } from '../selectChange.js';
import { packageVersion } from '../version.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

/** `driftguard check`: the whole pipeline, one report, and the verdict as the exit code. */
export const check: Command = {
  name: 'check',
  summary: 'run the pipeline on a change and report; exit 1 when the gate fails',
  usage:
    'driftguard check [--base REV] [--head REV] [--pr-body FILE] [--format FORMAT] [--output FILE] [--github-output] [--config FILE] [BEFORE AFTER]',
  description: [
    'Reads the change, tells refactors from behavior changes (semantic diff), classifies its reliability',
    'risk, runs the suites the risky categories require, and renders one report. The exit code is the',
    'verdict: 0 pass, 1 the gate found violations. The PR contract (Intent, Change type, Non-goals...) is read',
    "from --pr-body, the pull_request event, or the commits' trailers, and held against what the diff does.",
  ].join('\n'),
  flags: [
    ...REVISION_FLAG_HELP,
    {
      flag: '--pr-body FILE',
      text: 'the pull request description (markdown); default: the body in $GITHUB_EVENT_PATH, else commit trailers',
    },
    {
      flag: '--github-output',
      text: 'append high_risk, risks, verdict, required_suites and ai_assisted to $GITHUB_OUTPUT',
    },
    { flag: '--format FORMAT', text: `report format: ${FORMATS.join(', ')} (default: text)` },
    { flag: '--output FILE', text: 'write the report to FILE instead of standard output' },
    CONFIG_FLAG_HELP,
  ],
  examples: [
    'driftguard check --base origin/main --pr-body pr.md',
    'driftguard check --format sarif --output driftguard.sarif',
    'driftguard check ./before ./after',
  ],
  options: {
    ...CHANGE_OPTIONS,
    'pr-body': { type: 'string' },
    'github-output': { type: 'boolean' },
    format: { type: 'string' },
    output: { type: 'string' },
  },
  async run(parsed, io) {
    const format = choiceFlag<Format>(parsed, 'format', FORMATS, 'text');
    const prBody = readPrBody(parsed, io);
    const { change, root } = await selectChange('check', parsed, io);
    const configFile = stringFlag(parsed, 'config');
    const { config } = await loadConfig({ searchFrom: root, ...(configFile ? { configFile } : {}) });
    const report = await (async () => {
      const { contract, labels } = gatherContract({
        ...(prBody === undefined ? {} : { prBody }),
        ...eventPayload(io),
        commitMessages: await readCommitMessages(change, root),
        assistants: config.intent.aiAssisted.assistants,
      });
      return runCheck({ change, config, root, version: packageVersion(), contract, labels });
    })().finally(() => change.close?.());
    if (parsed.values['github-output'] === true) {
      appendGithubOutputs(io, {
        ...classificationOutputs(report.classification),
        verdict: report.verdict,
        required_suites: report.suites.map((suite) => suite.name).join(','),
        ai_assisted: String(report.intent?.aiAssisted === true),
      });
    }
    const rendered = renderReport(report, format, { color: wantsColor(io) && !parsed.values.output });
    if (rendered.summary !== undefined) appendStepSummary(io, rendered.summary);
    emit(rendered.text, parsed, io);
    return report.verdict === 'pass' ? 0 : 1;
  },
};

/** The pull_request event GitHub Actions describes the run with, when there is one to read. */
function eventPayload(io: CliIo): { event?: { json: string; shown: string } } {
  const file = io.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return { event: { json: readFileSync(resolve(io.cwd, file), 'utf8'), shown: `$GITHUB_EVENT_PATH ${file}` } };
  } catch (error) {
    throw new InputError(
      'cli/unreadable',
      `$GITHUB_EVENT_PATH ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    );
  }
}

function readPrBody(parsed: ParsedArgs, io: CliIo): string | undefined {
  const file = stringFlag(parsed, 'pr-body');
  if (file === undefined) return undefined;
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(
      'cli/unreadable',
      `--pr-body ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    );
  }
}

function emit(text: string, parsed: ParsedArgs, io: CliIo): void {
  const output = stringFlag(parsed, 'output');
  if (output === undefined) io.stdout(text);
  else writeFileAtomic(resolve(io.cwd, output), text, '--output');
}
