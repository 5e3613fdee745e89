import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files the parsers are measured on: every TS/JS source under a root directory (node_modules and
 * dot-folders skipped), sorted by path, read as UTF-8. The root is `SEMDIFF_PARSER_CORPUS`, else the
 * speed benchmark's clone (`SEMDIFF_SPEED_REPO`, default /tmp/semdiff-speed-zod), else the zod
 * package in our own node_modules (134 .ts files, no TSX).
 * @typedef {{ path: string, text: string }} SourceFile
 */

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const FALLBACK = fileURLToPath(new URL('../../node_modules/zod', import.meta.url));

/** Picks the corpus root from the environment, as documented above. */
export function corpusRoot(env) {
  if (env.SEMDIFF_PARSER_CORPUS) return env.SEMDIFF_PARSER_CORPUS;
  const clone = env.SEMDIFF_SPEED_REPO || '/tmp/semdiff-speed-zod';
  return existsSync(clone) ? clone : FALLBACK;
}

/** Reads every source file under `root`. @returns {SourceFile[]} */
export function readCorpus(root) {
  return listSources(root)
    .sort()
    .map((file) => ({ path: relative(root, file), text: readFileSync(file, 'utf8') }));
}

function listSources(directory) {
  const found = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listSources(path));
    else if (entry.isFile() && SOURCE.test(entry.name)) found.push(path);
  }
  return found;
}
