import { performance } from 'node:perf_hooks';

/**
 * Column (1), ours: `readGitChange({ cwd, base: sha~1, head: sha })` then `semanticDiff(change)`,
 * timed together (reading git included), as `driftguard semdiff --base --head` does it minus printing.
 * The engine comes from the built package (`packages/driftguard/dist`); when it does not export
 * `semanticDiff` yet, `loadEngine` says so and the column is left empty.
 */

/**
 * Loads the built package. Throws when it cannot be loaded at all (every column needs its change
 * reader); answers `missing` when only `semanticDiff` is absent.
 * @returns {Promise<{ readGitChange: Function, semanticDiff?: Function, missing?: string }>}
 */
export async function loadEngine() {
  let driftguard;
  try {
    driftguard = await import('driftguard');
  } catch (error) {
    throw new Error(`cannot load driftguard (build it: npx tsc -b packages/driftguard): ${error.message}`);
  }
  const { readGitChange, semanticDiff } = driftguard;
  if (typeof semanticDiff !== 'function') return { readGitChange, missing: 'driftguard does not export semanticDiff' };
  return { readGitChange, semanticDiff };
}

/** @returns {Promise<{ ms: number, verdict?: string, behaviorChanges?: number, error?: string }>} */
export async function timeSemanticDiff(engine, repo, sha) {
  const started = performance.now();
  let change;
  try {
    change = await engine.readGitChange({ cwd: repo, base: `${sha}~1`, head: sha });
    const delta = await engine.semanticDiff(change);
    return { ms: performance.now() - started, verdict: delta.verdict, behaviorChanges: delta.behaviorChanges.length };
  } catch (error) {
    return { ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await change?.close?.();
  }
}
