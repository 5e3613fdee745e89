import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSource } from './parseSource.mjs';

/**
 * The real source files the cases start from: TypeScript and JavaScript of several packages in the
 * root `node_modules`, filtered to moderate, hand-written, parseable files. Sorted, so a seeded
 * sample of it is stable as long as the installed versions are.
 */

const nodeModules = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/** Where to look: a folder of a package and the file endings taken from it. */
const ORIGINS = [
  { folder: 'zod/src', endings: ['.ts'] },
  { folder: '@typescript-eslint/typescript-estree/dist', endings: ['.js'] },
  { folder: '@typescript-eslint/scope-manager/dist', endings: ['.js'] },
  { folder: 'dependency-cruiser/src', endings: ['.mjs', '.js'] },
  { folder: 'yaml/browser/dist', endings: ['.js'] },
  { folder: 'enhanced-resolve/lib', endings: ['.js'] },
  { folder: 'picomatch/lib', endings: ['.js'] },
  { folder: 'commander/lib', endings: ['.js'] },
  { folder: 'tsconfig-paths/src', endings: ['.ts'] },
  { folder: 'entities/src', endings: ['.ts'] },
];

const SKIPPED_FOLDERS = new Set(['tests', 'test', '__tests__', 'locales', 'node_modules']);
const MIN_BYTES = 800;
const MAX_BYTES = 24_000;

/**
 * @typedef {object} CorpusFile
 * @property {string} origin package-relative label, e.g. `zod/src/v4/core/util.ts`
 * @property {string} name the file's base name
 * @property {string} text its contents
 */

/** @returns {CorpusFile[]} every usable file of every origin, sorted by origin label */
export function readCorpus() {
  const files = [];
  for (const origin of ORIGINS) {
    const root = join(nodeModules, origin.folder);
    for (const path of listFiles(root, origin.endings)) {
      const text = readFileSync(path, 'utf8');
      if (!looksHandWritten(text)) continue;
      const name = path.slice(path.lastIndexOf('/') + 1);
      if (parseSource(name, text).errors > 0) continue;
      files.push({ origin: relative(nodeModules, path), name, text });
    }
  }
  return files.sort((a, b) => (a.origin < b.origin ? -1 : 1));
}

/** Files under `root` with one of the endings, declaration files excluded; [] when `root` is absent. */
function listFiles(root, endings) {
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  const found = [];
  for (const entry of entries) {
    const path = join(root, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) found.push(...listFiles(path, endings));
    else if (entry.isFile() && endings.some((end) => entry.name.endsWith(end)) && !/\.d\.[mc]?ts$/.test(entry.name))
      found.push(path);
  }
  return found;
}

/** Moderate size, no minified or generated look (very long lines, source-map-only bundles). */
function looksHandWritten(text) {
  if (text.length < MIN_BYTES || text.length > MAX_BYTES) return false;
  const lines = text.split('\n');
  if (lines.some((line) => line.length > 400)) return false;
  return text.length / lines.length < 90 && !/^\/\/ *@generated|DO NOT EDIT/m.test(text.slice(0, 400));
}
