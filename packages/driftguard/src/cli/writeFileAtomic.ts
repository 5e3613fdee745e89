import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors/index.js';

/** Writes `text` to `file` through a temporary file and a rename, so a reader never sees half of it. */
export function writeFileAtomic(file: string, text: string, flag: string): void {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(
      'cli/unwritable',
      `${flag} ${file}: ${(error as NodeJS.ErrnoException).code ?? 'cannot write'}`,
    );
  }
}
