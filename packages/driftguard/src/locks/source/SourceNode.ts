/**
 * Where something was written: the file, and the 1-based line and column when the source has lines
 * (YAML); a lock built from TypeScript has only the field path (`steps[2].expect`).
 */
export interface Position {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The field path from the document's root, as a reader would write it. */
  readonly path: string;
}

/** A scalar as YAML or JSON can spell it. */
export type Scalar = string | number | boolean | null;

/**
 * A lock document with a position on every node, whatever it was written in: the YAML loader and
 * the TypeScript API both produce this, so one compiler turns either into the model.
 */
export type SourceNode = MapNode | SeqNode | ScalarNode;

/** A mapping; entries keep their order and the position of their key. */
export interface MapNode {
  readonly kind: 'map';
  readonly pos: Position;
  readonly entries: readonly MapEntry[];
}

/** One `key: value` of a mapping. */
export interface MapEntry {
  readonly key: string;
  readonly keyPos: Position;
  readonly value: SourceNode;
}

/** A sequence. */
export interface SeqNode {
  readonly kind: 'seq';
  readonly pos: Position;
  readonly items: readonly SourceNode[];
}

/** A string, number, boolean or null. */
export interface ScalarNode {
  readonly kind: 'scalar';
  readonly pos: Position;
  readonly value: Scalar;
}

/** `file:line:col` when the position has a line, else `file (path)`. */
export function formatPosition(pos: Position): string {
  if (pos.line !== undefined) return `${pos.file}:${pos.line}:${pos.column ?? 1}`;
  return pos.path === '' ? pos.file : `${pos.file} (${pos.path})`;
}

/** The path of a child: `steps[2]` under `steps`, `expect.status` under `expect`. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const plain = /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
  if (parent === '') return plain;
  return plain.startsWith('"') ? `${parent}[${plain}]` : `${parent}.${plain}`;
}

/** The node as a plain JSON value (mappings become objects, in their order). */
export function toPlain(node: SourceNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  return Object.fromEntries(node.entries.map((entry) => [entry.key, toPlain(entry.value)]));
}
