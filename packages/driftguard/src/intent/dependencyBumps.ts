import type { Change } from '../change/index.js';

/** The manifest fields whose entries are dependencies. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Lockfiles of the JavaScript package managers: a change to one is a dependency change. */
const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
]);

/** One dependency added, removed or moved to another version range in a package.json. */
export interface DependencyBump {
  readonly file: string;
  readonly name: string;
  readonly field: (typeof DEPENDENCY_FIELDS)[number];
  /** The range before; absent for an added dependency. */
  readonly from?: string;
  /** The range after; absent for a removed dependency. */
  readonly to?: string;
}

/** True for a package manager lockfile, wherever it sits. */
export function isLockfile(path: string): boolean {
  return LOCKFILES.has(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * The dependency changes between two texts of one package.json (undefined for a side where it does
 * not exist). A side that is not a JSON object counts as declaring no dependencies: a broken manifest
 * is for the build to report, not for this comparison.
 */
export function dependencyBumps(file: string, before: string | undefined, after: string | undefined): DependencyBump[] {
  const was = manifestOf(before);
  const is = manifestOf(after);
  const bumps: DependencyBump[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const from = rangesOf(was[field]);
    const to = rangesOf(is[field]);
    for (const name of [...new Set([...from.keys(), ...to.keys()])].sort()) {
      const a = from.get(name);
      const b = to.get(name);
      if (a === b) continue;
      bumps.push({ file, name, field, ...(a !== undefined && { from: a }), ...(b !== undefined && { to: b }) });
    }
  }
  return bumps;
}

/** The dependency changes of every package.json a change touches, read from both of its trees. */
export async function readDependencyBumps(change: Pick<Change, 'files' | 'base' | 'head'>): Promise<DependencyBump[]> {
  const manifests = change.files.filter((file) => /(^|\/)package\.json$/.test(file.path));
  const [before, after] = await Promise.all([
    change.base.readMany(manifests.map((file) => file.oldPath ?? file.path)),
    change.head.readMany(manifests.map((file) => file.path)),
  ]);
  return manifests.flatMap((file) =>
    dependencyBumps(file.path, before.get(file.oldPath ?? file.path), after.get(file.path)),
  );
}

function manifestOf(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function rangesOf(value: unknown): Map<string, string> {
  if (typeof value !== 'object' || value === null) return new Map();
  return new Map(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
