import type { Tree } from '../change/index.js';
import { extractImports } from './extractImports.js';
import { createResolver, type Resolve } from './resolveSpecifier.js';
import { dirOf } from './treePaths.js';
import { isTsconfigLike, loadTsconfigIndex } from './tsconfigIndex.js';
import {
  indexWorkspacePackages,
  isWorkspaceManifest,
  type WorkspacePackage,
  type WorkspacePackages,
} from './workspacePackages.js';

/** The runtime import graph of one tree: nodes are the tree's file paths, edges runtime imports. */
export interface ImportGraph {
  /** Every file in the tree, as listed (the node set; targets of edges are always among them). */
  readonly files: readonly string[];
  /** Importer → the files it imports at runtime, sorted and without duplicates; files without imports are absent. */
  readonly imports: ReadonlyMap<string, readonly string[]>;
  /** Runtime specifiers as written, per source file: reusable for the same contents in another tree. */
  readonly specifiers: ReadonlyMap<string, readonly string[]>;
  /** How many source files this build read and scanned for imports (reused ones are not counted). */
  readonly parsedCount: number;
  /** Files parsed here with syntax errors: their edges come from a lexical scan too (a superset). */
  readonly recovered: readonly string[];
  /** Resolves a specifier written in `file` to a file of the tree, as the edges were resolved. */
  readonly resolveFrom: (file: string, specifier: string) => string | undefined;
  /**
   * True when importers outside the tree may load this file: an entry (`main`, `exports`) of a package
   * that is not `private`, or any file of one whose `exports` has a pattern or that has no `exports`
   * field at all (deep imports then reach every file). An over-approximation, on purpose.
   */
  readonly isPublic: (file: string) => boolean;
}

/** Options for {@link buildImportGraph}. */
export interface BuildImportGraphOptions {
  /** Parse only these source files (edges start only from them); the whole tree still counts for resolution. */
  readonly only?: readonly string[];
  /**
   * Specifiers already extracted from identical contents at the same paths (the other side of a change,
   * minus its changed files): those files are neither read nor parsed again.
   */
  readonly knownSpecifiers?: ReadonlyMap<string, readonly string[]>;
}

const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** True for files whose imports we read: TS/JS sources outside node_modules, declaration files excluded. */
export function isSourceFile(path: string): boolean {
  return SOURCE_FILE.test(path) && !/\.d\.[cm]?ts$/.test(path) && !path.split('/').includes('node_modules');
}

/**
 * Builds the runtime import graph of `tree`: reads every source and config with one `readMany`,
 * extracts runtime imports, resolves them inside the tree. Imports of anything outside it add no edge.
 * Only a tsconfig `extends` target with an unusual name is read on its own, afterwards.
 */
export async function buildImportGraph(tree: Tree, options: BuildImportGraphOptions = {}): Promise<ImportGraph> {
  const files = await tree.list();
  const fileSet = new Set(files);
  const wanted = options.only ? new Set(options.only) : undefined;
  const sources = files.filter((path) => isSourceFile(path) && (!wanted || wanted.has(path)));
  const configs = files.filter((path) => isWorkspaceManifest(path) || isTsconfigLike(path));
  const known = options.knownSpecifiers ?? new Map<string, readonly string[]>();
  const unknown = sources.filter((path) => !known.has(path));
  const contents = await tree.readMany([...unknown, ...configs]);
  const extracted = extractAll(unknown, contents);
  const { resolve, packages } = await resolverFor(tree, fileSet, configs, contents);
  const specifiers = new Map<string, readonly string[]>();
  const imports = new Map<string, readonly string[]>();
  for (const path of sources) {
    const found = known.get(path) ?? extracted.specifiers.get(path);
    if (found === undefined) continue;
    specifiers.set(path, found);
    const targets = resolveAll(resolve, path, found);
    if (targets.length > 0) imports.set(path, targets);
  }
  return {
    files,
    imports,
    specifiers,
    parsedCount: unknown.length,
    recovered: extracted.recovered,
    resolveFrom: (file, specifier) => resolve(dirOf(file), specifier),
    isPublic: publicFiles(resolve, packages),
  };
}

/** What published packages expose: see `ImportGraph.isPublic`. */
function publicFiles(resolve: Resolve, packages: WorkspacePackages): (file: string) => boolean {
  const entries = new Set<string>();
  const open = new Set<WorkspacePackage>();
  const add = (target: string | undefined) => target !== undefined && entries.add(target);
  for (const pkg of packages.all) {
    if (pkg.private) continue;
    if (pkg.main !== undefined) add(resolve(pkg.dir, pkg.main.startsWith('.') ? pkg.main : `./${pkg.main}`));
    if (pkg.name === undefined) continue;
    const subpaths = isRecord(pkg.exports) ? Object.keys(pkg.exports).filter((key) => key.startsWith('./')) : [];
    if (pkg.exports === undefined || subpaths.some((subpath) => subpath.includes('*'))) open.add(pkg);
    add(resolve(pkg.dir, pkg.name));
    for (const subpath of subpaths) add(resolve(pkg.dir, `${pkg.name}/${subpath.slice(2)}`));
  }
  return (file) => {
    if (entries.has(file)) return true;
    const scope = packages.scopeOf(dirOf(file));
    return scope !== undefined && open.has(scope);
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function extractAll(paths: readonly string[], contents: ReadonlyMap<string, string>) {
  const specifiers = new Map<string, readonly string[]>();
  const recovered: string[] = [];
  for (const path of paths) {
    const source = contents.get(path);
    if (source === undefined) continue;
    const found = extractImports(path, source);
    if (found.recovered) recovered.push(path);
    specifiers.set(path, found.specifiers);
  }
  return { specifiers, recovered };
}

async function resolverFor(
  tree: Tree,
  files: ReadonlySet<string>,
  configs: readonly string[],
  contents: ReadonlyMap<string, string>,
): Promise<{ resolve: Resolve; packages: WorkspacePackages }> {
  const manifests = new Map(configs.filter(isWorkspaceManifest).map((path) => [path, contents.get(path) ?? '']));
  const packages = indexWorkspacePackages(manifests);
  // A config `extends` a file outside the usual names only rarely; that one is read on its own.
  const read = async (path: string) => contents.get(path) ?? tree.read(path);
  const tsconfigs = await loadTsconfigIndex({ files, read, packages });
  return { resolve: createResolver({ files, tsconfigs, packages }), packages };
}

function resolveAll(resolve: Resolve, path: string, specifiers: readonly string[]): string[] {
  const fromDir = dirOf(path);
  const targets = new Set<string>();
  for (const specifier of specifiers) {
    const target = resolve(fromDir, specifier);
    if (target !== undefined && target !== path) targets.add(target);
  }
  return [...targets].sort();
}
