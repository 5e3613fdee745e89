import { probeModuleFile } from './probeModuleFile.js';
import { joinPath } from './treePaths.js';

/** Output folders a package's `exports`/`main` commonly point into, that a source tree does not hold. */
const OUTPUT_DIRS = new Set(['dist', 'build', 'lib', 'out']);

/**
 * Heuristic: a package target under an output folder that is absent from the tree (`dist/x.js`) maps to
 * its source (`src/x.ts`, via the `.js` → `.ts` rule or any extension). One nested format folder is
 * also dropped (`dist/esm/x.js` → `src/x.ts`). Undefined when nothing plausible exists.
 */
export function distToSource(files: ReadonlySet<string>, packageDir: string, target: string): string | undefined {
  const segments = target.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (!OUTPUT_DIRS.has(segments[0] ?? '')) return undefined;
  for (const rest of [segments.slice(1), segments.slice(2)]) {
    if (rest.length === 0) continue;
    const source = joinPath(packageDir, ['src', ...rest].join('/'));
    const found = source === undefined ? undefined : probeSource(files, source);
    if (found) return found;
  }
  return undefined;
}

/** `src/x.js` → `src/x.ts`; also `src/x.cjs`/`src/x.d.ts` → `src/x.ts` by trying the stem with every extension. */
function probeSource(files: ReadonlySet<string>, path: string): string | undefined {
  const stem = path.replace(/(\.d)?\.[cm]?[jt]sx?$/, '');
  return probeModuleFile(files, path) ?? (stem === path ? undefined : probeModuleFile(files, stem));
}
