import type { RiskCategoryRule } from './riskCategories.js';
import type { TreeFacts } from './TreeFacts.js';
import { isUnder } from './treePaths.js';

/**
 * True when the category has anything at or below `dir`: an entry point, a path pattern rooted there,
 * a file there its path rule matches, or a file there its entry points reach. The root touches all.
 */
export async function touchesDirectory(category: RiskCategoryRule, dir: string, facts: TreeFacts): Promise<boolean> {
  if (dir === '') return true;
  if (category.entryPoints.some((entry) => isUnder(entry, dir))) return true;
  if (category.pathPrefixes.some((prefix) => isUnder(prefix, dir))) return true;
  const files = filesUnder(await facts.files(), dir);
  if (files.some((file) => category.paths.test(file))) return true;
  const reach = await facts.reach(category);
  return files.some((file) => reach.has(file));
}

/** The run of `sorted` paths below `dir`: paths sharing a prefix are contiguous in sorted order. */
export function filesUnder(sorted: readonly string[], dir: string): readonly string[] {
  const prefix = `${dir}/`;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < sorted.length && (sorted[end] as string).startsWith(prefix)) end++;
  return sorted.slice(low, end);
}
