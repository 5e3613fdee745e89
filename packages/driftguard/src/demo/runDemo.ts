import { readGitChange } from '../change/index.js';
import { gatherContract, runCheck } from '../check/index.js';
import { loadConfig } from '../config/index.js';
import { type Report, renderReport } from '../report/index.js';
import { locateExample } from './locateExample.js';
import { ScratchRepository } from './scratchRepository.js';

/** Where the demo writes and how (the CLI passes its io). */
export interface DemoOptions {
  readonly write: (text: string) => void;
  readonly color: boolean;
  readonly version: string;
  /** Keep the temporary repository instead of removing it (its path is printed). */
  readonly keep?: boolean;
  /** The example to replay on (default: `examples/order-service` of this repository). */
  readonly exampleDir?: string;
}

/** What each pull request of the demo came to: `check`'s report and exit code. */
export interface DemoOutcome {
  readonly incident: Report;
  readonly clean: Report;
  readonly incidentExit: number;
  readonly cleanExit: number;
  /** True when the incident's pull request failed and its clean twin passed, as they should. */
  readonly asExpected: boolean;
}

/** The pull request body both cleanups were opened with: what the incident's author wrote. */
export const DEMO_PR_BODY = `## Intent
Tidy up the order key helpers: split \`orders/orderKeys.ts\` into \`orders/orderId.ts\` and
\`payments/captureKey.ts\`, rename variables, reformat.

## Change type
refactor

## Non-goals
- No behavior change.
- No change to how order ids or capture keys are derived.

## Semantic impact
None: a refactoring. Order ids and capture keys are derived exactly as before.

## AI assistance
none
`;

/**
 * \`driftguard demo\`: the incident, replayed. Copies the example order service into a temporary git
 * repository, opens the incident's "cleanup" pull request against it with the body its author wrote,
 * runs \`check\` as CI would, then does the same with the cleanup minus its hidden change. Nothing here
 * needs a server or an account; the repository is removed afterwards unless \`keep\` is set.
 */
export async function runDemo(options: DemoOptions): Promise<DemoOutcome> {
  const found = locateExample(options.exampleDir);
  const say = (line = '') => options.write(`${line}\n`);
  const repository = await ScratchRepository.create(found.dir);
  try {
    say('driftguard demo: the incident, replayed on the example order service');
    say('  A "cleanup" pull request renamed variables and split a key helper into two files; one character');
    say('  of the order-id derivation changed with it. Every test passed; after the deploy, retries that');
    say('  crossed the release created second orders and second charges. driftguard reads the pull request');
    say('  four ways: risk (the import graph), semdiff (refactor or behavior change), intent (what the body');
    say('  promised) and the behavior locks (run against the built service, on SQLite).');
    say(`  Working in a temporary git repository: ${repository.root}`);
    say('');
    const incident = await pullRequest(repository, found.repoRoot, options, {
      step: '1/2',
      branch: 'cleanup',
      patch: found.incidentPatch,
      title: 'The pull request as it was merged (incident/cleanup.patch)',
    });
    const clean = await pullRequest(repository, found.repoRoot, options, {
      step: '2/2',
      branch: 'cleanup-clean',
      patch: found.cleanPatch,
      title: 'The same cleanup without the hidden change (incident/cleanup-clean.patch)',
    });
    const incidentExit = exitOf(incident);
    const cleanExit = exitOf(clean);
    const asExpected = incidentExit === 1 && cleanExit === 0;
    say(
      asExpected
        ? "Result: the incident's pull request fails the gate at the line that changed; its clean twin passes."
        : `Result: NOT as expected: the incident's pull request exited ${incidentExit} (expected 1), the clean one ${cleanExit} (expected 0).`,
    );
    if (options.keep) say(`Kept the repository: ${repository.root} (branches main, cleanup, cleanup-clean)`);
    return { incident, clean, incidentExit, cleanExit, asExpected };
  } finally {
    if (!options.keep) repository.remove();
  }
}

interface PullRequestStep {
  readonly step: string;
  readonly branch: string;
  readonly patch: string;
  readonly title: string;
}

/** Opens one pull request in the scratch repository, runs `check` on it and prints the report. */
async function pullRequest(
  repository: ScratchRepository,
  repoRoot: string,
  options: DemoOptions,
  pr: PullRequestStep,
): Promise<Report> {
  const say = (line = '') => options.write(`${line}\n`);
  await repository.openPullRequest(pr.branch, pr.patch, 'Tidy up the order key helpers');
  say(`${pr.step}  ${pr.title}`);
  say(`     branch ${pr.branch} from main; the body says: change type "refactor", non-goal "no behavior change"`);
  say('     built to dist/ as CI would; the gate starts it on SQLite with the fake payment provider for the locks');
  await repository.build(repoRoot);
  say(`     $ driftguard check --base main --head ${pr.branch} --pr-body pr.md`);
  say('');
  const change = await readGitChange({ cwd: repository.root, base: 'main', head: pr.branch });
  const report = await (async () => {
    const { config } = await loadConfig({ searchFrom: repository.root });
    const { contract } = gatherContract({ prBody: DEMO_PR_BODY });
    return runCheck({ change, config, root: repository.root, version: options.version, contract });
  })().finally(() => change.close?.());
  options.write(renderReport(report, 'text', { color: options.color }).text);
  const exit = exitOf(report);
  say(`     exit ${exit}${exit === 0 ? ': the gate passes' : ': the gate fails'}`);
  for (const line of fourWays(report)) say(`       ${line}`);
  say('');
  return report;
}

/** What each of the four readings said of one pull request, one line each. */
export function fourWays(report: Report): string[] {
  const codes = (prefix: string) => report.findings.filter((f) => f.code.startsWith(prefix));
  const risky = report.classification.files.filter((file) => file.risks.length > 0).length;
  const delta = report.semdiff;
  const changes = delta?.behaviorChanges ?? [];
  const intent = codes('intent/').filter((f) => f.severity === 'error');
  const locks = report.suites.find((suite) => suite.name === 'locks');
  const where = (f: { file?: string; line?: number }) => `${f.file ?? ''}${f.line ? `:${f.line}` : ''}`;
  return [
    `risk:    ${risky} changed files carry ${report.classification.risks.join(', ') || 'no risk'}`,
    `semdiff: ${delta?.verdict ?? 'not run'}${changes.length > 0 ? ` (${changes.map(where).join(', ')})` : ''}`,
    `intent:  ${intent.length === 0 ? 'holds' : [...new Set(intent.map((f) => `${f.code} at ${where(f)}`))].join('; ')}`,
    `locks:   ${locks ? `${locks.status}${locks.reason.includes(';') ? ` (${locks.reason.split('; ').at(-1)})` : ''}` : 'not run'}`,
  ];
}

/** `check`'s exit code for a report: the verdict. */
function exitOf(report: Report): number {
  return report.verdict === 'pass' ? 0 : 1;
}
