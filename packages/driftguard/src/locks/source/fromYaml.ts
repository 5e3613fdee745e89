import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import { LockFileError } from '../LockFileError.js';
import { childPath, type Position, type SourceNode } from './SourceNode.js';

/**
 * Parses YAML text (one lock per document; `---` separates several) into source trees with the
 * line and column of every node. Bad YAML is a LockFileError at the first problem's position.
 */
export function sourceFromYaml(text: string, file: string): SourceNode[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, uniqueKeys: true });
  if (!Array.isArray(documents)) return [];
  for (const document of documents) {
    const error = document.errors[0];
    if (error !== undefined) {
      const at = error.linePos?.[0];
      const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      throw new LockFileError([
        { pos: { file, path: '', line: at?.line ?? 1, column: at?.col ?? 1 }, message: `bad YAML: ${message}` },
      ]);
    }
  }
  return documents
    .filter((document) => document.contents !== null)
    .map((document) => convert(document.contents as Node, { document, lineCounter, file }, ''));
}

interface Context {
  readonly document: Document;
  readonly lineCounter: LineCounter;
  readonly file: string;
}

function positionOf(node: Node | null | undefined, context: Context, path: string): Position {
  const offset = node?.range?.[0];
  if (offset === undefined) return { file: context.file, path };
  const { line, col } = context.lineCounter.linePos(offset);
  return { file: context.file, path, line, column: col };
}

function convert(node: Node, context: Context, path: string): SourceNode {
  const pos = positionOf(node, context, path);
  if (isAlias(node)) {
    const target = node.resolve(context.document);
    if (target === undefined) throw new LockFileError([{ pos, message: `unknown YAML alias *${node.source}` }]);
    return convert(target, context, path);
  }
  if (isMap(node)) {
    const entries = node.items.map((pair) => {
      const keyNode = pair.key as Node | null;
      const keyPos = positionOf(keyNode, context, path);
      if (!isScalar(keyNode) || typeof keyNode.value === 'object') {
        throw new LockFileError([{ pos: keyPos, message: 'a mapping key must be a plain string' }]);
      }
      const key = String(keyNode.value);
      const valuePath = childPath(path, key);
      const value: SourceNode =
        pair.value === null
          ? { kind: 'scalar', pos: { ...keyPos, path: valuePath }, value: null }
          : convert(pair.value as Node, context, valuePath);
      return { key, keyPos: { ...keyPos, path: valuePath }, value };
    });
    return { kind: 'map', pos, entries };
  }
  if (isSeq(node)) {
    const items = node.items.map((item, index) => {
      const itemPath = childPath(path, index);
      return item === null
        ? ({ kind: 'scalar', pos: { ...pos, path: itemPath }, value: null } as const)
        : convert(item as Node, context, itemPath);
    });
    return { kind: 'seq', pos, items };
  }
  if (isScalar(node)) {
    const value = node.value;
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return { kind: 'scalar', pos, value };
    }
    return { kind: 'scalar', pos, value: String(value) };
  }
  throw new LockFileError([{ pos, message: 'unsupported YAML node' }]);
}
