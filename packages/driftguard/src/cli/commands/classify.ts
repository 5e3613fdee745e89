import { loadConfig } from '../../config/index.js';
import { classificationOutputs, renderClassificationText } from '../../report/index.js';
import { classifyChange } from '../../risk/index.js';
import { CHANGE_OPTIONS, CONFIG_FLAG_HELP, REVISION_FLAG_HELP } from '../changeFlags.js';
import type { Command } from '../command.js';
import { appendGithubOutputs } from '../githubFiles.js';
import { wantsColor } from '../io.js';
import { stringFlag } from '../parseCommandArgs.js';
import { selectChange } from '../selectChange.js';

/** `driftguard classify`: which changed files carry which reliability risks, and why. */
export const classify: Command = {
  name: 'classify',
  summary: 'list the risk categories each changed file carries, and why (path rule or import chain)',
  usage: 'driftguard classify [--base REV] [--head REV] [--json] [--github-output] [--config FILE] [BEFORE AFTER]',
  description: [
    "Classifies a change by reliability risk. A file carries a category when it matches the category's",
    'path rules, or when one of its entry points reaches it through runtime imports (the shortest chain',
    'is shown), or when it is a global trigger such as a lockfile or tsconfig. Compares git revisions',
    '(default: the merge base with the main branch, up to HEAD) or two directories.',
  ].join('\n'),
  flags: [
    ...REVISION_FLAG_HELP,
    { flag: '--json', text: 'print the classification as JSON (schemaVersion 1)' },
    { flag: '--github-output', text: 'append high_risk=true|false and risks=a,b to $GITHUB_OUTPUT' },
    CONFIG_FLAG_HELP,
  ],
  examples: [
    'driftguard classify --base origin/main --json',
    'driftguard classify --github-output   # in a GitHub Actions step',
    'driftguard classify ./before ./after',
  ],
  options: {
    ...CHANGE_OPTIONS,
    json: { type: 'boolean' },
    'github-output': { type: 'boolean' },
  },
  async run(parsed, io) {
    const { change, root } = await selectChange('classify', parsed, io);
    const configFile = stringFlag(parsed, 'config');
    const { config } = await loadConfig({ searchFrom: root, ...(configFile ? { configFile } : {}) });
    const classification = await classifyChange(change, config).finally(() => change.close?.());
    if (parsed.values['github-output']) appendGithubOutputs(io, classificationOutputs(classification));
    io.stdout(
      parsed.values.json
        ? `${JSON.stringify(classification, null, 2)}\n`
        : renderClassificationText(classification, { color: wantsColor(io) }),
    );
    return 0;
  },
};
