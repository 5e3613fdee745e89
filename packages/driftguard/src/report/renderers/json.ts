import type { Report } from '../model.js';

/**
 * The order keys are written in, wherever they occur: `schemaVersion` first, then the report's
 * sections, then each record's identity before its details. Keys not listed follow, sorted.
 */
const KEY_ORDER = [
  'schemaVersion',
  'tool',
  'name',
  'version',
  'verdict',
  'change',
  'classification',
  'semdiff',
  'findings',
  'suites',
  'stages',
  'source',
  'base',
  'head',
  'filesChanged',
  'additions',
  'deletions',
  'highRisk',
  'risks',
  'files',
  'path',
  'oldPath',
  'status',
  'code',
  'severity',
  'message',
  'file',
  'line',
  'endLine',
  'risk',
  'reason',
  'pattern',
  'chain',
  'trigger',
  'note',
  'durationMs',
  'exitCode',
  'output',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

/**
 * The Report as JSON, exactly its data: keys in a stable order (`schemaVersion` first, however
 * the report was built), 2-space indent, trailing newline. `JSON.parse` gives the report back.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, orderKeys, 2)}\n`;
}

function orderKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareKeys(a, b));
  return Object.fromEntries(entries);
}

function compareKeys(a: string, b: string): number {
  const rankA = RANK.get(a) ?? KEY_ORDER.length;
  const rankB = RANK.get(b) ?? KEY_ORDER.length;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}
