import { LockRunError } from '../LockRunError.js';

/**
 * Imports a database driver on first use: drivers are optional peer dependencies, so a user who
 * only locks PostgreSQL never installs the SQLite one. A missing driver is one line saying what to install.
 */
export async function importDriver<T>(load: () => Promise<T>, driver: string, database: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new LockRunError(`the ${database} driver is not installed: run npm install --save-dev ${driver}`);
    }
    throw new LockRunError(`the ${database} driver (${driver}) failed to load: ${(error as Error).message}`);
  }
}
