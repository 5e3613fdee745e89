import { JSONPath } from 'jsonpath-plus';
import { selectOne } from '../jsonPath.js';
import type { SnapshotSpec } from '../model.js';
import { type Lookup, renderText } from '../template.js';

/**
 * The business output a snapshot records: the selected paths (or the whole body without the
 * ignored ones), with every value this run generated (`${unique.customer}`, `${uuid}`) put back as
 * its placeholder, and object keys sorted, so the same behavior gives the same snapshot on every run.
 */
export function normalizeSnapshot(
  spec: SnapshotSpec,
  body: unknown,
  lookup: Lookup,
  generated: ReadonlyMap<string, string>,
): unknown {
  const selected =
    spec.select === undefined
      ? withoutIgnored(
          body,
          spec.ignore.map((path) => renderText(path, lookup)),
        )
      : Object.fromEntries(spec.select.map(([key, path]) => [key, selectOne(renderText(path, lookup), body) ?? null]));
  return canonical(selected, generated);
}

function withoutIgnored(body: unknown, paths: readonly string[]): unknown {
  if (paths.length === 0 || typeof body !== 'object' || body === null) return body;
  const copy = structuredClone(body);
  for (const path of paths) {
    // Deepest and last first, so removing one match does not shift the index of another.
    for (const keys of pointersOf(path, copy).reverse()) removeAt(copy, keys);
  }
  return copy;
}

/** The key lists leading to every value a path selects. */
function pointersOf(path: string, json: object): (string | number)[][] {
  const found = JSONPath({ path, json, resultType: 'path', wrap: true, ignoreEvalErrors: true }) as unknown;
  if (!Array.isArray(found)) return [];
  return found.map((normalized) => JSONPath.toPathArray(String(normalized)).slice(1));
}

function removeAt(root: unknown, keys: readonly (string | number)[]): void {
  let node: unknown = root;
  for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown>)[key];
  const last = keys.at(-1);
  if (last === undefined || typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete (node as Record<string, unknown>)[last];
}

function canonical(value: unknown, generated: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return replaceGenerated(value, generated);
  if (Array.isArray(value)) return value.map((item) => canonical(item, generated));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item, generated)]));
  }
  return value ?? null;
}

function replaceGenerated(text: string, generated: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [value, placeholder] of generated) out = out.split(value).join(placeholder);
  return out;
}
