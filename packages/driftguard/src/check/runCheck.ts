import type { Change } from '../change/index.js';
import type { Config } from '../config/index.js';
import { runGate } from '../gate/index.js';
import { aiSignalsOf, evaluateIntent, type PrContract, readDependencyBumps } from '../intent/index.js';
import type { ChangeSummary, Report, StageStatus } from '../report/index.js';
import { buildReport, riskFindings } from '../report/index.js';
import { classifyChange } from '../risk/index.js';
import { semanticDiff } from '../semdiff/index.js';
import { semdiffFindings } from './semdiffFindings.js';

/** What `driftguard check` needs: the change, the config, where suites run, and the tool version. */
export interface CheckInput {
  readonly change: Change;
  readonly config: Config;
  /** Directory the suite commands run in (the repository root). */
  readonly root: string;
  readonly version: string;
  /** The declared contract (see `gatherContract`); undefined when the change declares none. */
  readonly contract: PrContract | undefined;
  /** The pull request's labels (an `ai-assisted` label marks the change as AI-assisted). */
  readonly labels?: readonly string[];
}

/**
 * The pipeline of `driftguard check`: change → semdiff and risk → intent (the contract against those
 * facts) → gate → one Report.
 */
export async function runCheck(input: CheckInput): Promise<Report> {
  const ignore = [...input.config.ignore, ...input.config.semdiff.ignore];
  const [classification, semdiff, dependencyBumps] = await Promise.all([
    classifyChange(input.change, input.config),
    semanticDiff(input.change, { ignore, tests: input.config.semdiff.tests }),
    readDependencyBumps(input.change),
  ]);
  const intent = evaluateIntent({
    contract: input.contract,
    semdiff,
    classification,
    files: input.change.files,
    labels: input.labels ?? [],
    dependencyBumps,
    config: input.config.intent,
  });
  const declared = [input.contract?.intent?.raw, input.contract?.semanticImpact?.raw].filter(Boolean).join('\n');
  const gate = await runGate(classification, input.config, input.root, { files: input.change.files, declared });
  return buildReport({
    version: input.version,
    change: summarize(input.change),
    classification,
    semdiff,
    findings: [
      ...riskFindings(classification),
      ...semdiffFindings(semdiff, classification, intent),
      ...intent,
      ...gate.findings,
    ],
    intent: {
      contractDeclared: input.contract !== undefined,
      aiAssisted:
        aiSignalsOf({ contract: input.contract, labels: input.labels ?? [], config: input.config.intent }).length > 0,
    },
    suites: gate.suites,
    stages: stages(input, gate.suites.length),
  });
}

function stages(input: CheckInput, suitesRun: number): StageStatus[] {
  return [
    { name: 'change', status: 'ran' },
    { name: 'risk', status: 'ran' },
    { name: 'semdiff', status: 'ran' },
    {
      name: 'intent',
      status: 'ran',
      ...(input.contract === undefined ? { note: 'no PR description or commit trailers declared a contract' } : {}),
    },
    {
      name: 'gate',
      status: suitesRun > 0 ? 'ran' : 'skipped',
      ...(suitesRun > 0 ? {} : { note: 'no risk requires a suite' }),
    },
  ];
}

function summarize(change: Change): ChangeSummary {
  return {
    source: change.source,
    base: change.base.label,
    head: change.head.label,
    filesChanged: change.files.length,
    additions: change.files.reduce((sum, f) => sum + f.additions, 0),
    deletions: change.files.reduce((sum, f) => sum + f.deletions, 0),
  };
}
