import { existsSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { InputError } from '../../errors/index.js';
import { PR_TEMPLATE } from '../../intent/index.js';
import type { Command } from '../command.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

const TEMPLATE_PATH = '.github/pull_request_template.md';

/** `driftguard init`: writes the PR template whose sections `check` reads; wiring only. */
export const init: Command = {
  name: 'init',
  summary: 'write the pull request template (Intent, Change type, Non-goals, ...) that check reads',
  usage: 'driftguard init [--force]',
  description: [
    `Writes ${TEMPLATE_PATH} in the current directory: the sections of the PR contract (Intent,`,
    'Change type, Non-goals, Semantic impact, AI assistance, Scope) with a comment in each saying what to',
    'write. An existing template is left alone unless --force is given.',
  ].join('\n'),
  flags: [{ flag: '--force', text: `overwrite an existing ${TEMPLATE_PATH}` }],
  examples: ['driftguard init', 'driftguard init --force'],
  options: { force: { type: 'boolean' } },
  async run(parsed, io) {
    const file = resolve(io.cwd, TEMPLATE_PATH);
    if (existsSync(file) && parsed.values.force !== true) {
      throw new InputError('cli/exists', `${TEMPLATE_PATH}: already exists; pass --force to overwrite it`);
    }
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      throw new InputError('cli/unwritable', `${dirname(TEMPLATE_PATH)}: ${(error as NodeJS.ErrnoException).code}`);
    }
    writeFileAtomic(file, PR_TEMPLATE, TEMPLATE_PATH);
    io.stdout(`wrote ${relative(io.cwd, file)}: fill its sections in each pull request; driftguard check reads them\n`);
    return 0;
  },
};
