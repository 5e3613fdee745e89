import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../errors/index.js';

/** The file names driftguard looks for, in order of preference. */
export const CONFIG_FILE_NAMES = [
  'driftguard.config.ts',
  'driftguard.config.mts',
  'driftguard.config.mjs',
  'driftguard.config.js',
  'driftguard.config.json',
  'driftguard.config.yaml',
  'driftguard.config.yml',
] as const;

/**
 * Looks for a config in `startDir`, then each parent, stopping after the repository root (the first
 * directory holding `.git`) so a stray config above the checkout is never picked up.
 * Two config files in one directory are an error: which one wins would be a guess.
 */
export function findConfigFile(startDir: string): string | undefined {
  let dir = startDir;
  for (;;) {
    const found = CONFIG_FILE_NAMES.filter((name) => existsSync(join(dir, name)));
    if (found.length > 1) {
      const where = relative(process.cwd(), dir) || '.';
      throw new InputError('config/ambiguous', `${where}: found ${found.join(' and ')}; keep one config file`);
    }
    if (found[0]) return join(dir, found[0]);
    const parent = dirname(dir);
    if (existsSync(join(dir, '.git')) || parent === dir) return undefined;
    dir = parent;
  }
}
