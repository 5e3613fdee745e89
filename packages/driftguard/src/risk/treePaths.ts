/**
 * Paths inside a Tree: POSIX, relative to the root, no leading `./`; the root directory is `''`.
 * These helpers never touch the disk.
 */

/** The directory holding `path` (`''` for a root-level file). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The last segment of `path`. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Joins `relative` onto the directory `dir`, resolving `.` and `..` segments.
 * Answers undefined when the result would leave the tree's root.
 */
export function joinPath(dir: string, relative: string): string | undefined {
  const segments = dir === '' ? [] : dir.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.pop() === undefined) return undefined;
  }
  return segments.join('/');
}

/** True when `path` is the directory `dir` or lies below it; every path lies under the root `''`. */
export function isUnder(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

/** `dir` and each of its ancestors, nearest first, ending with the root `''`. */
export function* selfAndAncestors(dir: string): Generator<string> {
  let current = dir;
  while (current !== '') {
    yield current;
    current = dirOf(current);
  }
  yield '';
}

/** Normalizes a user-written tree path: backslashes to slashes, no leading `./`. */
export function normalizeTreePath(path: string): string {
  return joinPath('', path.replaceAll('\\', '/')) ?? path;
}
