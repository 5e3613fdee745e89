import { resolve } from 'node:path';
import { type Change, readDirectoryChange, readGitChange } from '../change/index.js';
import { UsageError } from '../errors/index.js';
import type { CliIo } from './io.js';
import { type ParsedArgs, stringFlag } from './parseCommandArgs.js';

/** The change a command looks at, and the directory its config is searched from. */
export interface SelectedChange {
  readonly change: Change;
  readonly root: string;
}

/**
 * Two positional directories compare BEFORE with AFTER (config searched from AFTER); otherwise
 * `--base`/`--head` in the git repository at the working directory (defaults per the change reader).
 */
export async function selectChange(command: string, parsed: ParsedArgs, io: CliIo): Promise<SelectedChange> {
  const base = stringFlag(parsed, 'base');
  const head = stringFlag(parsed, 'head');
  const dirs = parsed.positionals;
  if (dirs.length === 0) {
    const change = await readGitChange({
      cwd: io.cwd,
      env: io.env,
      ...(base ? { base } : {}),
      ...(head ? { head } : {}),
    });
    return { change, root: io.cwd };
  }
  if (dirs.length !== 2) {
    throw new UsageError(`${command}: expected two directories (BEFORE AFTER) or none, got ${dirs.length}`);
  }
  if (base || head) throw new UsageError(`${command}: give --base/--head or two directories, not both`);
  const [before, after] = dirs.map((d) => resolve(io.cwd, d)) as [string, string];
  const labels = { before: dirs[0] as string, after: dirs[1] as string };
  return { change: await readDirectoryChange({ before, after, labels }), root: after };
}
