import { join } from 'node:path';
import type { ChangedFile } from '../change/index.js';
import type { Config } from '../config/index.js';
import type { Finding, SuiteResult } from '../report/model.js';
import type { Classification } from '../risk/model.js';
import { runLocksSuite } from './locksSuite.js';
import { requiredSuites } from './requiredSuites.js';
import { runSuiteCommand } from './runSuiteCommand.js';

/** What the gate reads of the pull request: its changed files and what its Intent declares. */
export interface GatePullRequest {
  readonly files: readonly Pick<ChangedFile, 'path'>[];
  /** The Intent and Semantic impact text, where a changed lock snapshot must be named. */
  readonly declared: string;
}

/** What the gate decided: the suite results and the findings they produced. */
export interface GateOutcome {
  readonly suites: readonly SuiteResult[];
  readonly findings: readonly Finding[];
}

/**
 * Runs, one after another, the suites that the change's risks require (none when nothing is risky).
 * A failed or errored suite is a `gate/suite-failed` error; the built-in `locks` suite runs the
 * behavior locks (see `runLocksSuite`); a built-in suite that is not built yet (`replay`) is skipped
 * with a `gate/suite-unavailable` warning rather than counted as passed.
 */
export async function runGate(
  classification: Classification,
  config: Config,
  root: string,
  pr: GatePullRequest = { files: [], declared: '' },
): Promise<GateOutcome> {
  const suites: SuiteResult[] = [];
  const findings: Finding[] = [];
  for (const { name, requiredBy } of requiredSuites(classification, config)) {
    const reason = `required by ${requiredBy.join(', ')}`;
    const suite = config.suites[name];
    if (!suite && name === 'locks') {
      const outcome = await runLocksSuite({ config, root, flows: requiredBy, reason, ...pr });
      suites.push(outcome.suite);
      findings.push(...outcome.findings);
      continue;
    }
    if (!suite) {
      suites.push({
        name,
        status: 'skipped',
        reason: `${reason}; the built-in ${name} suite is not built yet`,
        durationMs: 0,
      });
      findings.push({
        code: 'gate/suite-unavailable',
        severity: 'warning',
        message: `the built-in "${name}" suite required by ${requiredBy.join(', ')} is not available in this driftguard version; define suites.${name}.run to run your own`,
      });
      continue;
    }
    const result = await runSuiteCommand(name, suite, { cwd: suite.cwd ? join(root, suite.cwd) : root, reason });
    suites.push(result);
    if (result.status !== 'passed') findings.push(suiteFailure(result));
  }
  return { suites, findings };
}

function suiteFailure(result: SuiteResult): Finding {
  const how = result.exitCode === undefined ? result.reason : `exit code ${result.exitCode}`;
  const last = result.output?.split('\n').filter(Boolean).at(-1);
  return {
    code: 'gate/suite-failed',
    severity: 'error',
    message: `suite "${result.name}" ${result.status} (${how})${last ? `: ${last}` : ''}; run it locally and fix it before merging`,
  };
}
