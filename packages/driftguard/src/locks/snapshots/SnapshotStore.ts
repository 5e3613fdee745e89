import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LockRunError } from '../run/LockRunError.js';

/** What a snapshot file holds: the lock and snapshot it belongs to, and the approved value. */
export interface SnapshotRecord {
  readonly lock: string;
  readonly snapshot: string;
  readonly value: unknown;
}

/** `DIR/NAME.json`: where a snapshot lives. */
export function snapshotFile(dir: string, name: string): string {
  return join(dir, `${name}.json`);
}

/** The approved value, or undefined when the snapshot was never approved. A corrupt file is a LockRunError. */
export function readSnapshot(file: string): SnapshotRecord | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LockRunError(`snapshot ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  try {
    const parsed = JSON.parse(text) as Partial<SnapshotRecord>;
    if (typeof parsed !== 'object' || parsed === null || !('value' in parsed)) throw new Error('no "value" field');
    return { lock: String(parsed.lock ?? ''), snapshot: String(parsed.snapshot ?? ''), value: parsed.value };
  } catch (error) {
    throw new LockRunError(`snapshot ${file} is not a snapshot file (${(error as Error).message}); approve it again`);
  }
}

/** Writes a snapshot through a temporary file and a rename, so a reader never sees half of it. */
export function writeSnapshot(file: string, record: SnapshotRecord): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, `${JSON.stringify(record, null, 2)}\n`);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new LockRunError(`cannot write snapshot ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** `key a → b` for what changed between two snapshot values, at most `limit` places. */
export function describeChange(expected: unknown, actual: unknown, limit = 2): string {
  const changes: string[] = [];
  collectChanges(expected, actual, '', changes);
  const shown = changes.slice(0, limit).join('; ');
  return changes.length > limit ? `${shown}; and ${changes.length - limit} more` : shown;
}

function collectChanges(expected: unknown, actual: unknown, path: string, into: string[]): void {
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) collectChanges(expected[key], actual[key], path === '' ? key : `${path}.${key}`, into);
    return;
  }
  if (JSON.stringify(expected) === JSON.stringify(actual)) return;
  const at = path === '' ? '' : `${path} `;
  into.push(`${at}${bare(expected)} → ${bare(actual)}`);
}

function bare(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '(absent)');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
