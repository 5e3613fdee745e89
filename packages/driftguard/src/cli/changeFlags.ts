import type { FlagHelp } from './command.js';
import type { OptionSpec } from './parseCommandArgs.js';

/** The flags every command that reads a change takes: which revisions, and which config. */
export const CHANGE_OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  config: { type: 'string' },
} as const satisfies OptionSpec;

/** `--help` lines for {@link CHANGE_OPTIONS}: the revision flags first, the config flag last. */
export const REVISION_FLAG_HELP: readonly FlagHelp[] = [
  {
    flag: '--base REV',
    text: 'compare from the merge base with REV (default: with GITHUB_BASE_REF, origin/main, main or master; else HEAD~1)',
  },
  { flag: '--head REV', text: 'head revision (default: HEAD)' },
];

/** `--help` line for `--config`. */
export const CONFIG_FLAG_HELP: FlagHelp = {
  flag: '--config FILE',
  text: 'config file (default: driftguard.config.* found from the checked directory upward)',
};
