import { pathToFileURL } from 'node:url';

/**
 * Loads the semantic diff engine: the built `driftguard` package (run `npx tsc -b
 * packages/driftguard` first), or the module named by `SEMDIFF_ENGINE` (a path), which must export
 * the same `semanticDiffSources`, `semanticDiff` and `readDirectoryChange`.
 * @param {string | undefined} override
 * @returns {Promise<{ label: string, semanticDiffSources: Function, semanticDiff: Function, readDirectoryChange: Function }>}
 */
export async function loadEngine(override) {
  const specifier = override ? pathToFileURL(override).href : 'driftguard';
  const engine = await import(specifier);
  const missing = ['semanticDiffSources', 'semanticDiff', 'readDirectoryChange'].filter(
    (name) => typeof engine[name] !== 'function',
  );
  if (missing.length > 0)
    throw new Error(
      `${override ?? 'driftguard'} does not export ${missing.join(', ')}; build it with \`npx tsc -b packages/driftguard\``,
    );
  return {
    label: override ?? 'driftguard (packages/driftguard/dist)',
    semanticDiffSources: engine.semanticDiffSources,
    semanticDiff: engine.semanticDiff,
    readDirectoryChange: engine.readDirectoryChange,
  };
}
