import type { Change } from '../change/index.js';
import type { Config } from '../config/index.js';
import { runGate } from '../gate/index.js';
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
  /** The PR description, when one was given; read, but not evaluated until the intent stage exists. */
  readonly prBody?: string;
}

/**
 * The pipeline of `driftguard check`: change → semdiff and risk → gate → one Report. The intent stage
 * is not built yet and is listed as such in the report, never silently passed.
 */
export async function runCheck(input: CheckInput): Promise<Report> {
  const ignore = [...input.config.ignore, ...input.config.semdiff.ignore];
  const [classification, semdiff] = await Promise.all([
    classifyChange(input.change, input.config),
    semanticDiff(input.change, { ignore }),
  ]);
  const gate = await runGate(classification, input.config, input.root);
  return buildReport({
    version: input.version,
    change: summarize(input.change),
    classification,
    semdiff,
    findings: [...riskFindings(classification), ...semdiffFindings(semdiff, classification), ...gate.findings],
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
    { name: 'semdiff', status: 'ran' },
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
