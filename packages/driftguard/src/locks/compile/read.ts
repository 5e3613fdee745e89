import type { MapEntry, MapNode, SeqNode, SourceNode } from '../source/SourceNode.js';
import { didYouMean, type Issues } from './Issues.js';

/** A mapping's fields by name; unknown names are reported (with a suggestion) and left out. */
export function fieldsOf(
  map: MapNode,
  allowed: readonly string[],
  issues: Issues,
  what: string,
): Map<string, MapEntry> {
  const fields = new Map<string, MapEntry>();
  for (const entry of map.entries) {
    if (allowed.includes(entry.key)) fields.set(entry.key, entry);
    else {
      issues.add(
        entry.keyPos,
        `unknown field "${entry.key}" in ${what}${didYouMean(entry.key, allowed)}; expected ${allowed.join(', ')}`,
      );
    }
  }
  return fields;
}

/** The node if it is a mapping, else an issue. */
export function asMap(node: SourceNode, what: string, issues: Issues): MapNode | undefined {
  if (node.kind === 'map') return node;
  return issues.add(node.pos, `${what} must be a mapping (key: value lines), got ${describe(node)}`);
}

/** The node if it is a sequence, else an issue. */
export function asSeq(node: SourceNode, what: string, issues: Issues): SeqNode | undefined {
  if (node.kind === 'seq') return node;
  return issues.add(node.pos, `${what} must be a list, got ${describe(node)}`);
}

/** A scalar as text (numbers and booleans as written), else an issue. */
export function asText(node: SourceNode, what: string, issues: Issues): string | undefined {
  if (node.kind === 'scalar' && node.value !== null) return String(node.value);
  return issues.add(node.pos, `${what} must be a string, got ${describe(node)}`);
}

/** A whole number within bounds, else an issue. */
export function asInt(node: SourceNode, what: string, min: number, max: number, issues: Issues): number | undefined {
  const value = node.kind === 'scalar' ? node.value : undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  return issues.add(node.pos, `${what} must be a whole number from ${min} to ${max}, got ${describe(node)}`);
}

/** A boolean, else an issue. */
export function asBool(node: SourceNode, what: string, issues: Issues): boolean | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'boolean') return node.value;
  return issues.add(node.pos, `${what} must be true or false, got ${describe(node)}`);
}

/** A short description of what arrived, for "expected X, got Y". */
export function describe(node: SourceNode): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.value === null) return 'nothing';
  return typeof node.value === 'string' ? `"${node.value}"` : String(node.value);
}

/** The node, or its items when it is a list: for fields that take one value or several. */
export function oneOrMany(node: SourceNode): readonly SourceNode[] {
  return node.kind === 'seq' ? node.items : [node];
}
