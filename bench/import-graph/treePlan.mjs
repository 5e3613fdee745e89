import { SeededRandom } from '../common/random.mjs';
import { planApp, wireApp } from './appPlan.mjs';
import { ENTRY_POINT, planFeatures } from './featurePlan.mjs';
import { wireFeatures } from './featureWiring.mjs';
import { DEEP_HELPER, growLib, planLib, wireLib } from './libPlan.mjs';
import { ModuleSet } from './moduleSet.mjs';

/** The smallest tree the plan can shape like a service (every feature needs its fixed files). */
export const MIN_FILES = 1000;

/** Share of the modules that live in `src/lib/**`. */
const LIB_SHARE = 0.12;

/**
 * Plans a service tree of exactly `files` TypeScript modules, deterministically from `seed`: which
 * files exist, what each exports, imports and re-exports. Nothing is written here.
 * @param {{ files?: number, seed?: number }} [options]
 */
export function planTree({ files = 5000, seed = 1 } = {}) {
  if (!Number.isInteger(files) || files < MIN_FILES) {
    throw new RangeError(`files: expected an integer of at least ${MIN_FILES}, got ${files}`);
  }
  const random = new SeededRandom(seed);
  const set = new ModuleSet(random);
  const app = planApp(set, files);
  const lib = planLib(set, Math.round(files * LIB_SHARE));
  const features = planFeatures(set, files - set.size);
  growLib(set, lib, files - set.size);
  wireLib(random, lib);
  wireFeatures(random, features, lib);
  wireApp(random, app, features, lib);
  return { modules: set.list(), entryPoint: ENTRY_POINT, deepHelper: DEEP_HELPER };
}

/**
 * The graph the plan means, to check the tools against: module count, distinct runtime edges
 * (static and dynamic imports, re-exports) and distinct edges made only of `import type`.
 * @param {import('./moduleSet.mjs').PlannedModule[]} modules
 */
export function intendedGraph(modules) {
  const runtime = new Set();
  const typed = new Set();
  for (const module of modules) {
    for (const entry of module.imports)
      (entry.mode === 'type' ? typed : runtime).add(`${module.path}\0${entry.target.path}`);
    for (const entry of module.reExports) runtime.add(`${module.path}\0${entry.target.path}`);
  }
  const typeOnly = [...typed].filter((edge) => !runtime.has(edge));
  return { modules: modules.length, runtimeEdges: runtime.size, typeOnlyEdges: typeOnly.length };
}
