/**
 * A positive integer setting from the environment: `fallback` when the variable is unset or empty.
 * Throws, naming the variable, on anything else that is not a positive integer.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 * @param {number} fallback
 * @returns {number}
 */
export function positiveInteger(env, name, fallback) {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name}: expected a positive integer, got "${env[name]}"`);
  return value;
}
