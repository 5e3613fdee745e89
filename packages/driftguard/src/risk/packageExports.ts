/**
 * Node's package `exports` / `imports` maps, read for targets rather than run: conditions `import`,
 * `require`, `node` and `default` are all active (whichever the object lists first), `types` is
 * ignored (no runtime effect), arrays are fallbacks, `*` subpath patterns substitute.
 */

const ACTIVE_CONDITIONS = new Set(['import', 'require', 'node', 'default']);

/** Targets for `subpath` (`.`, `./feature`) of an `exports` field, most preferred first; empty when not exported. */
export function exportTargets(exportsField: unknown, subpath: string): string[] {
  return subpathTargets(asSubpathMap(exportsField), subpath);
}

/** Targets for a `#internal/…` specifier of an `imports` field, most preferred first. */
export function importTargets(importsField: unknown, specifier: string): string[] {
  return isPlainObject(importsField) ? subpathTargets(importsField, specifier) : [];
}

/** `exports: "./x.js"` and condition-only objects are sugar for `{ ".": … }`. */
function asSubpathMap(exportsField: unknown): Record<string, unknown> {
  if (isPlainObject(exportsField) && Object.keys(exportsField).some((key) => key.startsWith('.'))) return exportsField;
  return { '.': exportsField };
}

/** An exact key wins; otherwise the `*` pattern with the longest prefix (then the longest key), as Node picks. */
function subpathTargets(map: Record<string, unknown>, key: string): string[] {
  if (Object.hasOwn(map, key) && !key.includes('*')) return conditionTargets(map[key]);
  let best: { pattern: string; match: string } | undefined;
  for (const pattern of Object.keys(map)) {
    const match = matchPattern(pattern, key);
    if (match !== undefined && (!best || comparePatterns(pattern, best.pattern) < 0)) best = { pattern, match };
  }
  if (!best) return [];
  const { pattern, match } = best;
  return conditionTargets(map[pattern]).map((target) => target.replaceAll('*', match));
}

function matchPattern(pattern: string, key: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0 || star !== pattern.lastIndexOf('*')) return undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (key.length < pattern.length || !key.startsWith(prefix) || !key.endsWith(suffix)) return undefined;
  return key.slice(prefix.length, key.length - suffix.length);
}

function comparePatterns(a: string, b: string): number {
  return b.indexOf('*') - a.indexOf('*') || b.length - a.length;
}

/** Every string a target value can yield under the active conditions, in preference order. */
function conditionTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(conditionTargets);
  if (!isPlainObject(value)) return [];
  return Object.entries(value)
    .filter(([condition]) => ACTIVE_CONDITIONS.has(condition))
    .flatMap(([, target]) => conditionTargets(target));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
