import { positiveInteger } from '../common/env.mjs';

/**
 * The idempotency benchmark's settings, read from the environment: seconds per variant, connections,
 * warm-up seconds. Throws on a value that is not a positive integer.
 */

/** @typedef {{ seconds: number, connections: number, warmupSeconds: number }} Settings */

/** @returns {Settings} */
export function readSettings(env) {
  const positive = (name, fallback) => positiveInteger(env, name, fallback);
  return {
    seconds: positive('BENCH_IDEMPOTENCY_SECONDS', 5),
    connections: positive('BENCH_IDEMPOTENCY_CONNECTIONS', 20),
    warmupSeconds: positive('BENCH_IDEMPOTENCY_WARMUP_SECONDS', 1),
  };
}
