import { performance } from 'node:perf_hooks';
import { parseSync } from 'oxc-parser';

/**
 * Column (2), the parser alone: the commit's changed TS/JS files, before and after, parsed with
 * oxc-parser's `parseSync` (AST materialized; no `range`: the cheapest useful options, so the floor
 * is not inflated). Reading the contents from git is timed apart (`readMs`), not in `ms`, so `ms` is
 * the floor any oxc-based semantic diff pays. Files and contents come from driftguard's change
 * reader (`readGitChange`): the same files the engine sees.
 */

const SCRIPT = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

/** Reads the changed TS/JS files' contents, both sides: `sources` holds `[path, text]` pairs. */
async function readScripts(change) {
  const scripts = change.files.filter((file) => SCRIPT.test(file.path));
  const beforePaths = scripts.filter((file) => file.status !== 'added').map((file) => file.oldPath ?? file.path);
  const afterPaths = scripts.filter((file) => file.status !== 'deleted').map((file) => file.path);
  const [before, after] = await Promise.all([change.base.readMany(beforePaths), change.head.readMany(afterPaths)]);
  return { files: scripts.length, sources: [...before, ...after] };
}

/** Parses every source; returns the paths oxc reported a syntax error for. */
function parseAll(sources) {
  const unparsed = [];
  for (const [path, text] of sources) {
    const result = parseSync(path, text, { preserveParens: false });
    const program = result.program; // the getter parses the AST's JSON: part of the parser's cost
    if (program && result.errors.length > 0) unparsed.push(path);
  }
  return unparsed;
}

/** @returns {Promise<{ ms: number, readMs: number, files: number, sources: number, unparsed: string[] }>} */
export async function timeParseOnly(readGitChange, repo, sha) {
  const readStarted = performance.now();
  const change = await readGitChange({ cwd: repo, base: `${sha}~1`, head: sha });
  try {
    const { files, sources } = await readScripts(change);
    const readMs = performance.now() - readStarted;
    const started = performance.now();
    const unparsed = parseAll(sources);
    return { ms: performance.now() - started, readMs, files, sources: sources.length, unparsed };
  } finally {
    await change.close?.();
  }
}
