import { basename } from 'node:path/posix';

/** A file on one side only, with a hash of its contents (undefined: never a rename, e.g. empty files). */
export interface RenameCandidate {
  readonly path: string;
  readonly hash: string | undefined;
}

/** Deleted and added files paired as renames, and those left over. */
export interface ExactRenames<T extends RenameCandidate> {
  readonly renames: readonly { readonly from: T; readonly to: T }[];
  readonly deleted: readonly T[];
  readonly added: readonly T[];
}

type PairingKey = (hash: string, path: string) => string;

interface Queue<T> {
  readonly files: T[];
  next: number;
}

/**
 * Pairs each added file with a deleted file of identical contents: same file name first, then in
 * path order, like git's exact rename detection. Linear: hash maps, no pairwise comparison.
 */
export function pairExactRenames<T extends RenameCandidate>(
  deleted: readonly T[],
  added: readonly T[],
): ExactRenames<T> {
  const taken = new Set<T>();
  const renames: { from: T; to: T }[] = [];
  const pass = (key: PairingKey): void => {
    const sources = queuesBy(deleted, key);
    for (const to of added) {
      if (to.hash === undefined || taken.has(to)) continue;
      const from = takeFirst(sources.get(key(to.hash, to.path)), taken);
      if (!from) continue;
      taken.add(from).add(to);
      renames.push({ from, to });
    }
  };
  pass((hash, path) => `${hash}\0${basename(path)}`);
  pass((hash) => hash);
  return {
    renames,
    deleted: deleted.filter((file) => !taken.has(file)),
    added: added.filter((file) => !taken.has(file)),
  };
}

/** Queues of the hashed candidates by key, each in input order. */
function queuesBy<T extends RenameCandidate>(files: readonly T[], key: PairingKey): Map<string, Queue<T>> {
  const queues = new Map<string, Queue<T>>();
  for (const file of files) {
    if (file.hash === undefined) continue;
    const k = key(file.hash, file.path);
    const queue = queues.get(k);
    if (queue) queue.files.push(file);
    else queues.set(k, { files: [file], next: 0 });
  }
  return queues;
}

/** The first file of the queue not yet taken; taken ones are skipped for good, so each is passed once. */
function takeFirst<T>(queue: Queue<T> | undefined, taken: ReadonlySet<T>): T | undefined {
  if (!queue) return undefined;
  while (queue.next < queue.files.length && taken.has(queue.files[queue.next]!)) queue.next++;
  return queue.files[queue.next++];
}
