import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * @typedef {object} CaseOutcome
 * @property {import('./generateCases.mjs').AccuracyCase} entry
 * @property {any} [delta] the engine's SemanticDelta
 * @property {string} [error] what the engine threw
 * @property {number} ms the engine's time on the case (reading the two directories included for
 *   multi-file cases; writing them is not)
 */

/**
 * Runs the engine on one case: `semanticDiffSources` for a single file pair, `semanticDiff` on a
 * directory change (written under the OS temp directory) when the case adds a file. Never throws.
 * @param {Awaited<ReturnType<typeof import('./engine.mjs').loadEngine>>} engine
 * @param {import('./generateCases.mjs').AccuracyCase} entry
 * @returns {Promise<CaseOutcome>}
 */
export async function runCase(engine, entry) {
  if (isSingleFile(entry)) {
    const [before, after] = [entry.before[0], entry.after[0]];
    return timed(entry, async () => engine.semanticDiffSources(before.text, after.text, { file: after.path }));
  }
  const root = mkdtempSync(join(tmpdir(), `semdiff-accuracy-${entry.id}-`));
  try {
    writeSide(join(root, 'before'), entry.before);
    writeSide(join(root, 'after'), entry.after);
    return await timed(entry, () => diffDirectories(engine, join(root, 'before'), join(root, 'after')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** @returns {Promise<CaseOutcome>} */
async function timed(entry, run) {
  const started = performance.now();
  try {
    const delta = await run();
    return { entry, delta, ms: performance.now() - started };
  } catch (error) {
    return { entry, error: describeError(error), ms: performance.now() - started };
  }
}

function isSingleFile(entry) {
  return entry.before.length === 1 && entry.after.length === 1 && entry.before[0].path === entry.after[0].path;
}

/**
 * The directory form of the engine, as `driftguard semdiff BEFORE AFTER` uses it.
 * @param {Awaited<ReturnType<typeof import('./engine.mjs').loadEngine>>} engine
 * @param {string} before
 * @param {string} after
 */
export async function diffDirectories(engine, before, after) {
  const change = await engine.readDirectoryChange({ before, after });
  try {
    return await engine.semanticDiff(change);
  } finally {
    await change.close?.();
  }
}

function writeSide(dir, files) {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** The error's name and message, and where in the engine it was thrown when the stack says. */
export function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  const where = error.stack
    ?.split('\n')
    .find((line) => line.includes('/semdiff/'))
    ?.trim();
  return `${error.name}: ${error.message}${where ? ` (${where})` : ''}`;
}
