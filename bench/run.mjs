#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [-- NAME...]`: runs every benchmark folder's `index.mjs` under `bench/` in turn (or
 * only the named ones), each in a child process that inherits stdio and prints its own table.
 * Exits 1 when any benchmark fails, 2 when a name matches no benchmark.
 */

const benchRoot = fileURLToPath(new URL('.', import.meta.url));

/** Folders of `bench/` that hold an `index.mjs`, sorted. */
function availableBenchmarks() {
  return readdirSync(benchRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules')
    .filter((entry) => existsSync(join(benchRoot, entry.name, 'index.mjs')))
    .map((entry) => entry.name)
    .sort();
}

function main(requested) {
  const available = availableBenchmarks();
  const unknown = requested.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`bench: no benchmark named ${unknown.join(', ')}; available: ${available.join(', ')}\n`);
    return 2;
  }
  const failed = [];
  for (const name of requested.length > 0 ? requested : available) {
    process.stderr.write(`\n== bench/${name}\n`);
    const run = spawnSync(process.execPath, [join(benchRoot, name, 'index.mjs')], { stdio: 'inherit' });
    if (run.status !== 0) failed.push(`${name} (${run.error?.message ?? run.signal ?? `exit ${run.status}`})`);
  }
  if (failed.length > 0) process.stderr.write(`\nbench: failed: ${failed.join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
