import type { LockDatabase } from './databases/LockDatabase.js';
import { openDatabase } from './databases/openDatabase.js';

/** The databases a run has opened, one per URL, shared by its locks and closed together at the end. */
export class DatabasePool {
  readonly #open = new Map<string, Promise<LockDatabase>>();

  constructor(private readonly cwd: string) {}

  get(url: string): Promise<LockDatabase> {
    let database = this.#open.get(url);
    if (database === undefined) {
      database = openDatabase(url, this.cwd);
      // A failed open is not cached: the next lock gets the same clear error, not a stale promise.
      database.catch(() => this.#open.delete(url));
      this.#open.set(url, database);
    }
    return database;
  }

  async closeAll(): Promise<void> {
    const open = [...this.#open.values()];
    this.#open.clear();
    await Promise.all(open.map((database) => database.then((db) => db.close()).catch(() => undefined)));
  }
}
