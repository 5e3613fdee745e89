import {
  type Clock,
  type IdempotencyRecord,
  type IdempotencyStore,
  judgeClaim,
  judgeCompletion,
  judgeRelease,
  systemClock,
} from '../index.js';

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /** Where time comes from; default the system clock. Tests pass a manual clock. */
  readonly clock?: Clock;
}

/** The memory store: an `IdempotencyStore` that also says how many records it holds. */
export interface MemoryStore extends IdempotencyStore {
  /** Records held, live or past retention but not yet purged. */
  readonly size: number;
}

/**
 * An idempotency store in this process's memory, for tests and single-process tools. Atomic within
 * the process; records vanish on restart and are not shared, so do not use it behind more than one
 * instance. Expired records are dropped by `purgeExpired` (or lazily when their key is claimed).
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): MemoryStore {
  const clock = options.clock ?? systemClock;
  const records = new Map<string, IdempotencyRecord>();
  return {
    get size() {
      return records.size;
    },
    async claim(request) {
      const judged = judgeClaim(records.get(request.key), request, clock.now());
      if (judged.write !== undefined) records.set(request.key, judged.write);
      return judged.result;
    },
    async complete(request) {
      const next = judgeCompletion(records.get(request.key), request, clock.now());
      if (next === undefined) return false;
      records.set(request.key, next);
      return true;
    },
    async release(request) {
      if (!judgeRelease(records.get(request.key), request, clock.now())) return false;
      records.delete(request.key);
      return true;
    },
    async purgeExpired() {
      const now = clock.now();
      let purged = 0;
      for (const [key, record] of records) {
        if (record.expiresAt > now) continue;
        records.delete(key);
        purged++;
      }
      return purged;
    },
  };
}
