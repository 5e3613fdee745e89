import { runDemo } from '../../demo/index.js';
import type { Command } from '../command.js';
import { wantsColor } from '../io.js';
import { packageVersion } from '../version.js';

/** `driftguard demo`: the incident, replayed on the example order service; wiring only. */
export const demo: Command = {
  name: 'demo',
  summary: "replay the incident's cleanup pull request on the example service and show what check says",
  usage: 'driftguard demo [--keep]',
  description: [
    'Copies the example order service into a temporary git repository, opens the incident\'s "cleanup"',
    'pull request against it (its body: change type "refactor", non-goal "no behavior change"), runs',
    '`driftguard check` on it, then does the same with the cleanup minus its one hidden change. No server',
    'or account is needed. Exit 0 when the incident fails the gate and its clean twin passes.',
  ].join('\n'),
  flags: [{ flag: '--keep', text: 'keep the temporary repository and print its path' }],
  examples: ['driftguard demo', 'driftguard demo --keep   # then: cd <path> && git log --oneline --all'],
  options: { keep: { type: 'boolean' } },
  async run(parsed, io) {
    const outcome = await runDemo({
      write: io.stdout,
      color: wantsColor(io),
      version: packageVersion(),
      keep: parsed.values.keep === true,
    });
    return outcome.asExpected ? 0 : 1;
  },
};
