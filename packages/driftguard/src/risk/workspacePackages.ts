import { dirOf, selfAndAncestors } from './treePaths.js';

/** One package.json in the tree: where it is and the fields module resolution reads. */
export interface WorkspacePackage {
  /** Root-relative directory of the package.json (`''` at the root). */
  readonly dir: string;
  readonly name?: string;
  readonly main?: string;
  readonly exports?: unknown;
  readonly imports?: unknown;
  /** `private: true`: never published, so only the tree's own modules import it. */
  readonly private?: boolean;
}

/** Every package in the tree, by name (for bare specifiers) and by directory (for `#imports` scopes). */
export interface WorkspacePackages {
  readonly byName: ReadonlyMap<string, WorkspacePackage>;
  /** Every manifest's package, named or not, shortest path first. */
  readonly all: readonly WorkspacePackage[];
  /** The nearest package.json at or above `dir`: the package scope a module belongs to. */
  scopeOf(dir: string): WorkspacePackage | undefined;
}

/** True for paths whose package.json should be indexed: any outside `node_modules`. */
export function isWorkspaceManifest(path: string): boolean {
  return (path === 'package.json' || path.endsWith('/package.json')) && !path.split('/').includes('node_modules');
}

/**
 * Indexes package manifests by name and directory. When two packages share a name, the one with the
 * shortest path wins (then the first in path order); unreadable manifests still define a scope.
 */
export function indexWorkspacePackages(manifests: ReadonlyMap<string, string>): WorkspacePackages {
  const byDir = new Map<string, WorkspacePackage>();
  const byName = new Map<string, WorkspacePackage>();
  const paths = [...manifests.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const path of paths) {
    const pkg = readManifest(dirOf(path), manifests.get(path) ?? '');
    byDir.set(pkg.dir, pkg);
    if (pkg.name !== undefined && !byName.has(pkg.name)) byName.set(pkg.name, pkg);
  }
  const scopes = new Map<string, WorkspacePackage | undefined>();
  const scopeOf = (dir: string): WorkspacePackage | undefined => {
    if (!scopes.has(dir)) scopes.set(dir, nearest(byDir, dir));
    return scopes.get(dir);
  };
  return { byName, all: [...byDir.values()], scopeOf };
}

function nearest(byDir: ReadonlyMap<string, WorkspacePackage>, dir: string): WorkspacePackage | undefined {
  for (const candidate of selfAndAncestors(dir)) {
    const pkg = byDir.get(candidate);
    if (pkg) return pkg;
  }
  return undefined;
}

function readManifest(dir: string, text: string): WorkspacePackage {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { dir };
  }
  if (typeof json !== 'object' || json === null) return { dir };
  const { name, main, exports, imports, private: unpublished } = json as Record<string, unknown>;
  return {
    dir,
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof main === 'string' ? { main } : {}),
    ...(exports !== undefined ? { exports } : {}),
    ...(imports !== undefined ? { imports } : {}),
    ...(unpublished === true ? { private: true } : {}),
  };
}

/** Splits a bare specifier into its package name and subpath (`@a/b/c` → `@a/b`, `./c`; `a` → `a`, `.`). */
export function splitBareSpecifier(specifier: string): { name: string; subpath: string } {
  const segments = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  const rest = segments.slice(count).join('/');
  return { name: segments.slice(0, count).join('/'), subpath: rest === '' ? '.' : `./${rest}` };
}
