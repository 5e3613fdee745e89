import { spawn } from 'node:child_process';
import type { SuiteConfig } from '../config/index.js';
import type { SuiteResult } from '../report/model.js';

/** How much of a suite's output a report keeps: the tail, where failures are. */
const OUTPUT_TAIL_CHARS = 4000;

/**
 * Runs a configured suite command through the shell in `cwd`; its exit code is its verdict.
 * Past `timeoutSeconds` the whole process group is killed and the suite is `errored`.
 */
export function runSuiteCommand(
  name: string,
  suite: SuiteConfig,
  options: { cwd: string; reason: string; env?: NodeJS.ProcessEnv },
): Promise<SuiteResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(suite.run, { cwd: options.cwd, shell: true, detached: true, env: options.env ?? process.env });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, suite.timeoutSeconds * 1000);
    const finish = (status: SuiteResult['status'], exitCode: number | undefined, note: string) => {
      clearTimeout(timer);
      const result: SuiteResult = {
        name,
        status,
        reason: `${options.reason}${note}`,
        durationMs: Math.round(performance.now() - started),
        output: output.trimEnd(),
        ...(exitCode === undefined ? {} : { exitCode }),
      };
      resolve(result);
    };
    child.on('error', (error) => finish('errored', undefined, `; could not start: ${error.message}`));
    child.on('close', (code) => {
      if (timedOut) finish('errored', undefined, `; timed out after ${suite.timeoutSeconds}s`);
      else finish(code === 0 ? 'passed' : 'failed', code ?? undefined, '');
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone; nothing left to stop.
  }
}
