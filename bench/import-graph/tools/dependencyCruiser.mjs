import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { packageVersion } from '../packageVersion.mjs';

/**
 * dependency-cruiser through its API, configured the way its docs recommend for a TypeScript project
 * that only needs the graph: the tsconfig for `paths` aliases, `tsPreCompilationDeps: true` (the
 * TypeScript parser sees `import type` and labels it `type-only`, which we count apart), no cache,
 * and `skipAnalysisNotInRules` (no rules, so no metrics/orphan/reachability passes).
 * @type {import('../measureTool.mjs').Tool}
 */
export default {
  label: 'dependency-cruiser',
  version: packageVersion('dependency-cruiser'),
  async measureOnce(tree) {
    const started = performance.now();
    const tsConfig = extractTSConfig('tsconfig.json');
    const options = {
      baseDir: tree.root,
      tsConfig: { fileName: 'tsconfig.json' },
      tsPreCompilationDeps: true,
      skipAnalysisNotInRules: true,
      cache: false,
      doNotFollow: { path: 'node_modules' },
    };
    const result = await cruise(['src'], options, {}, { tsConfig });
    const ms = performance.now() - started;
    return { ms, counts: countGraph(result.output.modules) };
  },
};

/** Distinct file-to-file edges, runtime apart from type-only; built-ins and unresolved specifiers apart. */
function countGraph(modules) {
  const runtime = new Set();
  const typed = new Set();
  const unresolved = new Set();
  let local = 0;
  for (const module of modules) {
    if (module.coreModule || module.couldNotResolve) continue;
    local += 1;
    for (const dependency of module.dependencies) {
      if (dependency.coreModule) continue;
      if (dependency.couldNotResolve) {
        unresolved.add(dependency.module);
        continue;
      }
      const edge = `${module.source}\0${dependency.resolved}`;
      (dependency.dependencyTypes.includes('type-only') ? typed : runtime).add(edge);
    }
  }
  const typeOnly = [...typed].filter((edge) => !runtime.has(edge)).length;
  return { modules: local, runtimeEdges: runtime.size, typeOnlyEdges: typeOnly, unresolved: [...unresolved].sort() };
}
