import picomatch from 'picomatch';
import type { OutOfScopeFile } from './model.js';
import { isPathLike } from './nonGoals.js';
import { chosenItems, type SectionItem } from './sectionItems.js';

/**
 * The globs of a Scope section. When any entry backticks its globs, only backticked ones count, so
 * prose around them ("only the order module: `src/orders/**`") is never read as a path. Otherwise
 * an entry counts when it is a list of paths and nothing else.
 */
export function readScope(items: readonly SectionItem[]): string[] {
  const chosen = chosenItems(items);
  const backticked = chosen.flatMap((item) => [...item.text.matchAll(/`+([^`]+)`+/g)].map((m) => m[1]!.trim()));
  const globs =
    backticked.length > 0
      ? backticked.filter((glob) => !/\s/.test(glob))
      : chosen.flatMap((item) => {
          const words = item.text.split(/[\s,]+/).filter((word) => word !== '');
          return words.every(looksLikePath) ? words : [];
        });
  return [...new Set(globs.map(normalizeGlob))].filter((glob) => glob !== '');
}

/** An Out-of-scope files entry: `path: reason`, `path — reason`, `path - reason`, or a table row `| path | reason |`. */
export function readOutOfScopeFiles(items: readonly SectionItem[]): OutOfScopeFile[] {
  return chosenItems(items).flatMap((item) => {
    const entry = item.cells && item.cells.length >= 2 ? fromCells(item.cells) : fromText(item.text);
    return entry && looksLikePath(entry.path) ? [entry] : [];
  });
}

function fromCells(cells: readonly string[]): OutOfScopeFile {
  return { path: normalizeGlob(cells[0]!.replace(/`/g, '')), reason: cells.slice(1).join(' ').trim() };
}

function fromText(text: string): OutOfScopeFile | undefined {
  const match = /^`?([^`\s]+?)`?\s*(?::|—|–|\s-\s|$)\s*(.*)$/.exec(text.trim());
  if (!match) return undefined;
  return { path: normalizeGlob(match[1]!), reason: (match[2] ?? '').trim() };
}

/** A single path or glob: a slash, a wildcard, or a file name with an extension; prose has spaces. */
function looksLikePath(word: string): boolean {
  return (
    !/\s/.test(word) &&
    (isPathLike(word) || /^\.?[\w-]+\.[\w.-]+$/.test(word) || /^(Dockerfile|Makefile|Procfile)$/.test(word))
  );
}

function normalizeGlob(glob: string): string {
  return glob.trim().replace(/^\.\//, '').replace(/^\//, '');
}

/**
 * Whether a path matches a declared glob. A glob without wildcards also covers what lies below it
 * (`src/orders` and `src/orders/` mean `src/orders/**`); one without a slash matches a file name anywhere.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.flatMap((glob) => {
    const bare = glob.replace(/\/+$/, '');
    return /[*?{[]/.test(bare) ? [bare] : [bare, `${bare}/**`];
  });
  // picomatch's `basename` option applies to every pattern, slashes or not, so the two kinds match apart.
  const withSlash = patterns.filter((pattern) => pattern.includes('/'));
  const names = patterns.filter((pattern) => !pattern.includes('/'));
  const matchPath = withSlash.length > 0 ? picomatch(withSlash, { dot: true }) : () => false;
  const matchName = names.length > 0 ? picomatch(names, { dot: true, basename: true }) : () => false;
  return (path) => matchPath(path) || matchName(path);
}
