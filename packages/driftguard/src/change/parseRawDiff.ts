import { changedFile, sortByPath } from './changedFile.js';
import type { ChangedFile, FileStatus } from './model.js';

const STATUS: Readonly<Record<string, FileStatus>> = {
  A: 'added',
  C: 'copied',
  D: 'deleted',
  M: 'modified',
  R: 'renamed',
  T: 'type-changed',
};
const ABSENT_MODE = '000000';

interface LineCounts {
  readonly additions: number;
  readonly deletions: number;
  readonly binary: boolean;
}

const NO_LINES: LineCounts = { additions: 0, deletions: 0, binary: false };

/** The blob ids a raw diff names for each side's changed files, by path (gitlinks and absent sides left out). */
export interface RawDiffBlobs {
  readonly before: ReadonlyMap<string, string>;
  readonly after: ReadonlyMap<string, string>;
}

/**
 * Parses the output of `git diff-tree -r -z --raw --numstat` (raw records first, then numstat records)
 * into changed files sorted by path. One pass over the records; numstat is joined by destination path.
 */
export function parseRawDiff(output: string): ChangedFile[] {
  return parseRawDiffWithBlobs(output).files;
}

/** `parseRawDiff`, plus each side's blob ids, so the changed files can be read without listing either tree. */
export function parseRawDiffWithBlobs(output: string): { files: ChangedFile[]; blobs: RawDiffBlobs } {
  const tokens = output.split('\0');
  let at = 0;
  const raw: { header: string; paths: string[] }[] = [];
  while (tokens[at]?.startsWith(':')) {
    const header = tokens[at]!;
    const pathCount = /^[RC]/.test(statusField(header)) ? 2 : 1;
    raw.push({ header, paths: tokens.slice(at + 1, at + 1 + pathCount) });
    at += 1 + pathCount;
  }
  const counts = new Map<string, LineCounts>();
  while (at < tokens.length) at = readNumstat(tokens, at, counts);
  const files = sortByPath(raw.map(({ header, paths }) => toChangedFile(header, paths, counts)));
  return { files, blobs: blobIds(raw) };
}

/** `:<old mode> <new mode> <old oid> <new oid> <status>`: regular files and symlinks only, as a tree lists them. */
function blobIds(raw: readonly { header: string; paths: string[] }[]): RawDiffBlobs {
  const before = new Map<string, string>();
  const after = new Map<string, string>();
  for (const { header, paths } of raw) {
    const [oldMode, newMode, oldOid, newOid] = header.slice(1).split(' ');
    const oldPath = paths[0] ?? '';
    const newPath = paths[paths.length - 1] ?? '';
    if (isBlobMode(oldMode) && oldOid) before.set(oldPath, oldOid);
    if (isBlobMode(newMode) && newOid) after.set(newPath, newOid);
  }
  return { before, after };
}

function isBlobMode(mode: string | undefined): boolean {
  return mode !== undefined && mode !== ABSENT_MODE && mode !== '160000' && !mode.startsWith('04');
}

/** Reads one numstat record (`add\tdel\tpath`, or `add\tdel\t` then old and new path) at `at`. */
function readNumstat(tokens: readonly string[], at: number, counts: Map<string, LineCounts>): number {
  const token = tokens[at]!;
  const firstTab = token.indexOf('\t');
  const secondTab = token.indexOf('\t', firstTab + 1);
  if (firstTab === -1 || secondTab === -1) return at + 1;
  const added = token.slice(0, firstTab);
  const deleted = token.slice(firstTab + 1, secondTab);
  const path = token.slice(secondTab + 1);
  const binary = added === '-' || deleted === '-';
  const lineCounts = { binary, additions: binary ? 0 : Number(added), deletions: binary ? 0 : Number(deleted) };
  if (path !== '') {
    counts.set(path, lineCounts);
    return at + 1;
  }
  counts.set(tokens[at + 2] ?? '', lineCounts);
  return at + 3;
}

function toChangedFile(header: string, paths: readonly string[], counts: ReadonlyMap<string, LineCounts>): ChangedFile {
  // `:<old mode> <new mode> ...`: modes are always six octal digits
  const oldMode = header.slice(1, 7);
  const newMode = header.slice(8, 14);
  const status = statusField(header);
  const renamed = paths.length === 2;
  const path = (renamed ? paths[1] : paths[0]) ?? '';
  const lineCounts = counts.get(path) ?? NO_LINES;
  return changedFile({
    path,
    status: STATUS[status.charAt(0)] ?? 'modified',
    oldPath: renamed ? paths[0] : undefined,
    similarity: renamed ? Number(status.slice(1)) : undefined,
    oldMode: oldMode === ABSENT_MODE ? undefined : oldMode,
    newMode: newMode === ABSENT_MODE ? undefined : newMode,
    binary: lineCounts.binary,
    additions: lineCounts.additions,
    deletions: lineCounts.deletions,
  });
}

/** The status field of a raw header: `M`, `A`, `R097`, ... (its last space-separated field). */
function statusField(header: string): string {
  return header.slice(header.lastIndexOf(' ') + 1);
}
