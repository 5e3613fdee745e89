import { parse as parseJsonc } from 'jsonc-parser';
import { baseName, dirOf, joinPath, selfAndAncestors } from './treePaths.js';
import { type CompilerPathOptions, resolveConfigPath } from './tsconfigPaths.js';
import { splitBareSpecifier, type WorkspacePackages } from './workspacePackages.js';

/** The tsconfig/jsconfig that governs each directory: the closest one at or above it. */
export interface TsconfigIndex {
  forDirectory(dir: string): CompilerPathOptions | undefined;
}

/** What the index needs from its surroundings: the tree's files, a reader, and the workspace packages. */
export interface TsconfigSources {
  readonly files: ReadonlySet<string>;
  readonly read: (path: string) => Promise<string | undefined>;
  readonly packages: WorkspacePackages;
}

/** A config file a directory can be governed by; `tsconfig.json` beats `jsconfig.json` in the same directory. */
export function isGoverningConfig(path: string): boolean {
  const name = baseName(path);
  return (name === 'tsconfig.json' || name === 'jsconfig.json') && !path.split('/').includes('node_modules');
}

/** Config files worth reading up front: governing configs and the usual `tsconfig.*.json` they extend. */
export function isTsconfigLike(path: string): boolean {
  return /^[tj]sconfig(\..+)?\.json$/.test(baseName(path)) && !path.split('/').includes('node_modules');
}

/**
 * Loads every governing config with its relative (or workspace-package) `extends` chain. A config that
 * cannot be parsed counts as empty; `extends` into node_modules is skipped (it is not in the tree).
 */
export async function loadTsconfigIndex(sources: TsconfigSources): Promise<TsconfigIndex> {
  const byDir = new Map<string, CompilerPathOptions>();
  const leaves = [...sources.files].filter(isGoverningConfig).sort((a, b) => (baseName(a) < baseName(b) ? 1 : -1));
  for (const leaf of leaves) {
    const dir = dirOf(leaf);
    if (!byDir.has(dir)) byDir.set(dir, finalOptions(dir, await loadLayer(sources, leaf, dir, new Set([leaf]))));
  }
  const memo = new Map<string, CompilerPathOptions | undefined>();
  return {
    forDirectory(dir) {
      if (!memo.has(dir)) memo.set(dir, [...selfAndAncestors(dir)].map((d) => byDir.get(d)).find(Boolean));
      return memo.get(dir);
    },
  };
}

interface Layer {
  readonly baseUrl?: string;
  readonly paths?: { readonly entries: CompilerPathOptions['paths']; readonly dir: string };
}

async function loadLayer(sources: TsconfigSources, path: string, leafDir: string, seen: Set<string>): Promise<Layer> {
  const raw = readRawConfig(await sources.read(path));
  let layer: Layer = {};
  for (const parent of raw.extends) {
    const target = resolveExtends(sources, parent, dirOf(path));
    if (target === undefined || seen.has(target)) continue;
    layer = { ...layer, ...(await loadLayer(sources, target, leafDir, new Set([...seen, target]))) };
  }
  const baseUrl = raw.baseUrl === undefined ? undefined : resolveConfigPath(raw.baseUrl, dirOf(path), leafDir);
  return {
    ...layer,
    ...(baseUrl !== undefined ? { baseUrl } : {}),
    ...(raw.paths ? { paths: { entries: raw.paths, dir: dirOf(path) } } : {}),
  };
}

function finalOptions(configDir: string, layer: Layer): CompilerPathOptions {
  return {
    configDir,
    ...(layer.baseUrl !== undefined ? { baseUrl: layer.baseUrl } : {}),
    pathsBase: layer.baseUrl ?? layer.paths?.dir ?? configDir,
    paths: layer.paths?.entries ?? [],
  };
}

/** `extends`: a relative path (with or without `.json`), or a config inside a workspace package. */
function resolveExtends(sources: TsconfigSources, value: string, fromDir: string): string | undefined {
  let path: string | undefined;
  if (value.startsWith('./') || value.startsWith('../')) path = joinPath(fromDir, value);
  else if (!value.startsWith('/')) path = inWorkspacePackage(sources.packages, value);
  if (path === undefined) return undefined;
  return [path, `${path}.json`, `${path}/tsconfig.json`].find((candidate) => sources.files.has(candidate));
}

function inWorkspacePackage(packages: WorkspacePackages, value: string): string | undefined {
  const { name, subpath } = splitBareSpecifier(value);
  const pkg = packages.byName.get(name);
  return pkg && joinPath(pkg.dir, subpath === '.' ? 'tsconfig.json' : subpath);
}

interface RawConfig {
  readonly extends: readonly string[];
  readonly baseUrl?: string;
  readonly paths?: CompilerPathOptions['paths'];
}

function readRawConfig(text: string | undefined): RawConfig {
  const json: unknown = text === undefined ? undefined : parseJsonc(text, [], { allowTrailingComma: true });
  const root = isRecord(json) ? json : {};
  const options = isRecord(root.compilerOptions) ? root.compilerOptions : {};
  const parents = typeof root.extends === 'string' ? [root.extends] : Array.isArray(root.extends) ? root.extends : [];
  return {
    extends: parents.filter((parent): parent is string => typeof parent === 'string'),
    ...(typeof options.baseUrl === 'string' ? { baseUrl: options.baseUrl } : {}),
    ...(isRecord(options.paths) ? { paths: readPaths(options.paths) } : {}),
  };
}

function readPaths(paths: Record<string, unknown>): CompilerPathOptions['paths'] {
  return Object.entries(paths).map(([pattern, targets]) => [
    pattern,
    Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [],
  ]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
