import type { Change } from '../change/index.js';
import type { Config } from '../config/index.js';
import { runGate } from '../gate/index.js';
import type { ChangeSummary, Report, StageStatus } from '../report/index.js';
import { buildReport, riskFindings } from '../report/index.js';
import { classifyChange } from '../risk/index.js';

/** What `driftguard check` needs: the change, the config, where suites run, and the tool version. */
export interface CheckInput {
  readonly change: Change;
  readonly config: Config;
  /** Directory the suite commands run in (the repository root). */
  readonly root: string;
  readonly version: string;
  /** The PR description, when one was given; read, but not evaluated until the intent stage exists. */
  readonly prBody?: string;
}

/**
 * The pipeline of `driftguard check`: change → risk → gate → one Report. Stages that are not built
 * yet (semdiff, intent) are listed as such in the report, never silently passed.
 */
export async function runCheck(input: CheckInput): Promise<Report> {
  const classification = await classifyChange(input.change, input.config);
  const gate = await runGate(classification, input.config, input.root);
  return buildReport({
    version: input.version,
    change: summarize(input.change),
    classification,
    findings: [...riskFindings(classification), ...gate.findings],
    suites: gate.suites,
    stages: stages(input, gate.suites.length),
  });
}

function stages(input: CheckInput, suitesRun: number): StageStatus[] {
  const intentNote =
    input.prBody === undefined ? 'not built yet' : 'not built yet; the PR body was read but not checked';
  return [
    { name: 'change', status: 'ran' },
    { name: 'risk', status: 'ran' },
    { name: 'semdiff', status: 'not-built', note: 'not built yet; refactors and behavior changes are not told apart' },
    { name: 'intent', status: 'not-built', note: intentNote },
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
