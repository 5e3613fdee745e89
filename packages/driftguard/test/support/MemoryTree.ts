import type { Tree } from '../../src/change/index.js';

/**
 * A Tree test double: a map of path → contents held in memory. Counts `readMany` calls and the paths
 * read, so tests can pin that a build reads the tree in one batch.
 */
export class MemoryTree implements Tree {
  readonly label: string;
  readonly #files: ReadonlyMap<string, string>;
  readManyCalls = 0;
  /** Every path asked of `readMany`, in order. */
  readManyPaths: string[] = [];
  readCalls: string[] = [];

  constructor(files: Readonly<Record<string, string>>, label = 'memory') {
    this.#files = new Map(Object.entries(files));
    this.label = label;
  }

  async list(): Promise<readonly string[]> {
    return [...this.#files.keys()].sort();
  }

  async read(path: string): Promise<string | undefined> {
    this.readCalls.push(path);
    return this.#files.get(path);
  }

  async readMany(paths: readonly string[]): Promise<Map<string, string>> {
    this.readManyCalls++;
    this.readManyPaths.push(...paths);
    const found = new Map<string, string>();
    for (const path of paths) {
      const text = this.#files.get(path);
      if (text !== undefined) found.set(path, text);
    }
    return found;
  }
}
