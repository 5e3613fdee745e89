import picomatch from 'picomatch';

/** Compiled include/exclude globs: a path matches when an include matches and no exclude does. */
export interface PathRule {
  /** The first include pattern (in the order written) that matches `path`, unless an exclude matches. */
  match(path: string): string | undefined;
  /** True when `path` matches some include and no exclude (same as `match(path) !== undefined`). */
  test(path: string): boolean;
  /** The include patterns as written. */
  readonly patterns: readonly string[];
}

const GLOB_OPTIONS = { dot: true } as const;

/**
 * Compiles explicit include and exclude lists (picomatch, `dot: true`). A path both included and
 * excluded is excluded; there is no `!` negation inside a list, so order never changes the meaning.
 */
export function compilePathRule(include: readonly string[], exclude: readonly string[] = []): PathRule {
  const includes = include.map((pattern) => ({ pattern, test: picomatch(pattern, GLOB_OPTIONS) }));
  const excluded = exclude.length > 0 ? picomatch([...exclude], GLOB_OPTIONS) : () => false;
  const match = (path: string): string | undefined =>
    excluded(path) ? undefined : includes.find((rule) => rule.test(path))?.pattern;
  return { match, test: (path) => match(path) !== undefined, patterns: include };
}
