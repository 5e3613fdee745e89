import { distToSource } from './distToSource.js';
import { exportTargets, importTargets } from './packageExports.js';
import { probeModuleFile } from './probeModuleFile.js';
import { joinPath } from './treePaths.js';
import type { TsconfigIndex } from './tsconfigIndex.js';
import { pathsCandidates } from './tsconfigPaths.js';
import { splitBareSpecifier, type WorkspacePackage, type WorkspacePackages } from './workspacePackages.js';

/*
 * Resolution is written by hand over the Tree rather than delegated to a resolver library: we resolve
 * against a git revision's tree held in memory (the base or the head of a change), not the working
 * directory on disk, and only targets inside the repository matter. `oxc-resolver`'s npm binding and
 * `enhanced-resolve` read the real filesystem, and node_modules is not part of a revision's tree anyway.
 */

/** Everything resolution consults; all of it comes from one Tree. */
export interface ResolutionContext {
  readonly files: ReadonlySet<string>;
  readonly tsconfigs: TsconfigIndex;
  readonly packages: WorkspacePackages;
}

/** Resolves a specifier written in a module in directory `fromDir` to a tree path, or undefined (external). */
export type Resolve = (fromDir: string, specifier: string) => string | undefined;

/** A resolver that caches each (directory, specifier) answer: resolution depends on nothing else. */
export function createResolver(context: ResolutionContext): Resolve {
  const cache = new Map<string, string | null>();
  return (fromDir, specifier) => {
    const key = `${fromDir}\0${specifier}`;
    let answer = cache.get(key);
    if (answer === undefined) {
      answer = resolveSpecifier(context, fromDir, specifier) ?? null;
      cache.set(key, answer);
    }
    return answer ?? undefined;
  };
}

/**
 * Relative paths; then tsconfig `paths`/`baseUrl` of the closest config; then `#imports` of the package
 * scope; then workspace packages by name (`exports`, else `main`/`index`). Anything else is external.
 */
export function resolveSpecifier(context: ResolutionContext, fromDir: string, specifier: string): string | undefined {
  // Bundler query suffixes (`./icon.svg?raw`) name the same file.
  const bare = specifier.split('?')[0] ?? specifier;
  if (isRelative(bare)) return inTree(context, joinPath(fromDir, bare));
  if (bare.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(bare)) return undefined;
  return (
    viaTsconfig(context, fromDir, bare) ??
    (bare.startsWith('#') ? viaPackageImports(context, fromDir, bare) : viaWorkspacePackage(context, bare))
  );
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** A module path in the tree; a directory holding a package.json resolves through its `main` as in Node. */
function inTree(context: ResolutionContext, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const found = probeModuleFile(context.files, path);
  if (found !== undefined) return found;
  const pkg = context.packages.scopeOf(path);
  return pkg?.dir === path && pkg.main !== undefined ? packageTarget(context, pkg, pkg.main) : undefined;
}

function viaTsconfig(context: ResolutionContext, fromDir: string, specifier: string): string | undefined {
  const options = context.tsconfigs.forDirectory(fromDir);
  if (!options) return undefined;
  for (const candidate of pathsCandidates(options, specifier)) {
    const found = inTree(context, candidate);
    if (found) return found;
  }
  return undefined;
}

function viaPackageImports(context: ResolutionContext, fromDir: string, specifier: string): string | undefined {
  const scope = context.packages.scopeOf(fromDir);
  if (!scope) return undefined;
  for (const target of importTargets(scope.imports, specifier)) {
    const found = target.startsWith('./')
      ? packageTarget(context, scope, target)
      : viaWorkspacePackage(context, target);
    if (found) return found;
  }
  return undefined;
}

function viaWorkspacePackage(context: ResolutionContext, specifier: string): string | undefined {
  const { name, subpath } = splitBareSpecifier(specifier);
  const pkg = context.packages.byName.get(name);
  if (!pkg) return undefined;
  if (pkg.exports !== undefined) return firstTarget(context, pkg, exportTargets(pkg.exports, subpath));
  if (subpath !== '.') return packageTarget(context, pkg, subpath);
  return (
    (pkg.main === undefined ? undefined : packageTarget(context, pkg, pkg.main)) ?? packageTarget(context, pkg, '.')
  );
}

function firstTarget(
  context: ResolutionContext,
  pkg: WorkspacePackage,
  targets: readonly string[],
): string | undefined {
  for (const target of targets) {
    const found = packageTarget(context, pkg, target);
    if (found) return found;
  }
  return undefined;
}

/** A path inside a package: as written, else through the output-folder → `src/` heuristic. */
function packageTarget(context: ResolutionContext, pkg: WorkspacePackage, target: string): string | undefined {
  const path = joinPath(pkg.dir, target);
  const found = path === undefined ? undefined : probeModuleFile(context.files, path);
  return found ?? distToSource(context.files, pkg.dir, target);
}
