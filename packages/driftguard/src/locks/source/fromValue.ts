import { childPath, type Position, type SourceNode } from './SourceNode.js';

/**
 * A plain JavaScript value (a lock written in TypeScript) as a source tree. Positions carry the
 * file and the field path only; values that JSON cannot hold are reported by the compiler as
 * scalars it does not accept, so they name their path like any other mistake.
 */
export function sourceFromValue(value: unknown, file: string, path = ''): SourceNode {
  const pos: Position = { file, path };
  if (Array.isArray(value)) {
    return { kind: 'seq', pos, items: value.map((item, index) => sourceFromValue(item, file, childPath(path, index))) };
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, child]) => child !== undefined)
      .map(([key, child]) => {
        const keyPath = childPath(path, key);
        return { key, keyPos: { file, path: keyPath }, value: sourceFromValue(child, file, keyPath) };
      });
    return { kind: 'map', pos, entries };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return { kind: 'scalar', pos, value };
  }
  // undefined, functions, symbols, bigints: kept as a string the compiler will refuse where it matters.
  return { kind: 'scalar', pos, value: `<${typeof value}>` };
}
