import type { IdempotencyStore } from './stores/index.js';

/** Options of `startPurgeSweep`. */
export interface PurgeSweepOptions {
  /** How often to purge; default every 10 minutes. */
  readonly everyMs?: number;
  /** Told when a purge fails; the sweep keeps going. Default: console.error. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Calls `store.purgeExpired()` every `everyMs` until the returned `stop()` is called. The timer is
 * unref'd, so it never keeps a process alive; a purge does not start while the previous one runs.
 * Every instance may run one: purging is idempotent. Redis stores need none (their keys expire).
 */
export function startPurgeSweep(store: IdempotencyStore, options: PurgeSweepOptions = {}): { stop(): void } {
  const onError = options.onError ?? ((error) => console.error('driftguard idempotency: purge failed', error));
  let running = false;
  const timer = setInterval(
    () => {
      if (running) return;
      running = true;
      store
        .purgeExpired()
        .catch(onError)
        .finally(() => {
          running = false;
        });
    },
    options.everyMs ?? 10 * 60 * 1000,
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
