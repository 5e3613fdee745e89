import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/index.js';
import { readFilePairChange, renderSemanticDeltaText, semanticDeltaJson, semanticDiff } from '../../semdiff/index.js';
import { CHANGE_OPTIONS, CONFIG_FLAG_HELP, REVISION_FLAG_HELP } from '../changeFlags.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { wantsColor } from '../io.js';
import { type ParsedArgs, stringFlag } from '../parseCommandArgs.js';
import { type SelectedChange, selectChange } from '../selectChange.js';

/** `driftguard semdiff`: proven refactorings and located behavior changes; exit 0 whatever the verdict. */
export const semdiff: Command = {
  name: 'semdiff',
  summary: 'semantic diff for TS/JS: proven refactorings, and the lines where behavior changed',
  usage: 'driftguard semdiff [--json [--tests]] [--base REV] [--head REV] [--config FILE] [BEFORE AFTER]',
  description: [
    'Compares two files, two directories, or two git revisions. Formatting, comments, literal spellings,',
    'TypeScript-only edits, consistent renames, extracted or inlined functions and import reshuffles are',
    'listed as refactorings once proven; everything else is a behavior change with its file, lines and',
    'enclosing symbol. "refactor-only" is a promise of unchanged runtime behavior. The exit code is 0',
    'whatever the verdict (semdiff reports facts; `check` decides); 2 for bad input.',
  ].join('\n'),
  flags: [
    ...REVISION_FLAG_HELP,
    { flag: '--json', text: 'print the semantic delta as JSON (the contract in the README)' },
    {
      flag: '--tests',
      text: 'with --json, add testChanges: differences in test code (semdiff.tests), apart from the verdict',
    },
    CONFIG_FLAG_HELP,
  ],
  examples: [
    'driftguard semdiff --base origin/main',
    'driftguard semdiff --json before/order.ts after/order.ts',
    'driftguard semdiff ./before ./after',
  ],
  options: { ...CHANGE_OPTIONS, json: { type: 'boolean' }, tests: { type: 'boolean' } },
  async run(parsed, io) {
    const { change, root } = await selectSemdiffChange(parsed, io);
    const configFile = stringFlag(parsed, 'config');
    const { config } = await loadConfig({ searchFrom: root, ...(configFile ? { configFile } : {}) });
    const ignore = [...config.ignore, ...config.semdiff.ignore];
    const delta = await semanticDiff(change, { ignore, tests: config.semdiff.tests }).finally(() => change.close?.());
    if (parsed.values.json) io.stdout(semanticDeltaJson(delta, { tests: parsed.values.tests === true }));
    else io.stdout(await renderSemanticDeltaText(delta, change, { color: wantsColor(io) }));
    return 0;
  },
};

/** Two files make a one-file change; two directories or revisions go through the shared change selection. */
async function selectSemdiffChange(parsed: ParsedArgs, io: CliIo): Promise<SelectedChange> {
  const [first, second] = parsed.positionals;
  if (parsed.positionals.length === 2 && first !== undefined && second !== undefined) {
    const before = resolve(io.cwd, first);
    const after = resolve(io.cwd, second);
    const info = await stat(after).catch(() => undefined);
    if (info?.isFile()) return { change: await readFilePairChange(before, after), root: resolve(after, '..') };
  }
  return selectChange('semdiff', parsed, io);
}
