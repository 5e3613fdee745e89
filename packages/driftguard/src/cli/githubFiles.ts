import { appendFileSync } from 'node:fs';
import { InputError } from '../errors/index.js';
import type { CliIo } from './io.js';

/** Appends `name=value` lines to `$GITHUB_OUTPUT`; values here are single-line by construction. */
export function appendGithubOutputs(io: CliIo, outputs: Record<string, string>): void {
  const file = requireEnvFile(io, 'GITHUB_OUTPUT', '--github-output');
  const lines = Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`);
  append(file, lines.join(''), 'GITHUB_OUTPUT');
}

/** Appends markdown to `$GITHUB_STEP_SUMMARY` when it is set (outside Actions there is no summary). */
export function appendStepSummary(io: CliIo, markdown: string): void {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (file) append(file, markdown, 'GITHUB_STEP_SUMMARY');
}

function requireEnvFile(io: CliIo, name: string, flag: string): string {
  const file = io.env[name];
  if (!file)
    throw new InputError(
      'cli/no-github-env',
      `${flag}: $${name} is not set; run inside GitHub Actions or set it to a file`,
    );
  return file;
}

function append(file: string, text: string, name: string): void {
  try {
    appendFileSync(file, text);
  } catch (error) {
    throw new InputError(
      'cli/unwritable',
      `$${name} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'cannot write'}`,
    );
  }
}
