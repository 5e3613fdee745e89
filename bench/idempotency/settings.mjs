/**
 * The idempotency benchmark's settings, read from the environment: seconds per variant, connections,
 * warm-up seconds. Throws on a value that is not a positive integer.
 */

/** @typedef {{ seconds: number, connections: number, warmupSeconds: number }} Settings */

/** @returns {Settings} */
export function readSettings(env) {
  const positive = (name, fallback) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${name}: expected a positive integer, got "${env[name]}"`);
    return value;
  };
  return {
    seconds: positive('BENCH_IDEMPOTENCY_SECONDS', 5),
    connections: positive('BENCH_IDEMPOTENCY_CONNECTIONS', 20),
    warmupSeconds: positive('BENCH_IDEMPOTENCY_WARMUP_SECONDS', 1),
  };
}
