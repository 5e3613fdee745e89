import picomatch from 'picomatch';
import type { Config } from '../config/index.js';
import { compilePathRule, type PathRule } from './pathRules.js';
import { normalizeTreePath } from './treePaths.js';

/** One configured risk category, compiled for matching. */
export interface RiskCategoryRule {
  readonly name: string;
  readonly paths: PathRule;
  /** Entry points as tree paths (written without an extension, they are probed against the tree later). */
  readonly entryPoints: readonly string[];
  /** The static directory prefix of each include pattern (`src/payments/**` → `src/payments`; `''` for `**`). */
  readonly pathPrefixes: readonly string[];
}

/** Compiles the config's categories, sorted by name so every output lists them in one order. */
export function compileRiskCategories(config: Config): RiskCategoryRule[] {
  return Object.entries(config.risks)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, category]) => ({
      name,
      paths: compilePathRule(category.paths, category.exclude),
      entryPoints: category.entryPoints.map(normalizeTreePath),
      pathPrefixes: category.paths.map((pattern) => picomatch.scan(pattern).base),
    }));
}
