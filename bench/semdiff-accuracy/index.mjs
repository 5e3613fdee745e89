#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { positiveInteger } from '../common/env.mjs';
import { loadEngine } from './engine.mjs';
import { runFixtures } from './fixtures.mjs';
import { generateCases, writeCases } from './generateCases.mjs';
import { renderReport } from './report.mjs';
import { runCase } from './runCase.mjs';
import { scoreOutcomes } from './score.mjs';

/**
 * The semantic diff accuracy benchmark (issue 3, "Measure"): generates refactoring cases from real
 * files in node_modules, half of them with one mutation (see generateCases.mjs), runs driftguard's
 * semantic diff on each, and prints missed behavior changes, false alarms, localization and time
 * against the targets; then runs the hand-written fixtures.
 *
 * Environment: SEMDIFF_CASES (default 600), SEMDIFF_SEED (default 1), SEMDIFF_KEEP_CASES=DIR (also
 * write the cases there), SEMDIFF_RESULTS=FILE (write every case's expectation and answer as JSON),
 * SEMDIFF_ENGINE=PATH (a module with the same exports, instead of the built `driftguard`),
 * SEMDIFF_FIXTURES (default: the repository's copy of the shared hand-written cases).
 */

const defaultFixtures = fileURLToPath(new URL('../../packages/driftguard/test/fixtures/semdiff/', import.meta.url));

function readSettings(env) {
  const positive = (name, fallback) => positiveInteger(env, name, fallback);
  return {
    cases: positive('SEMDIFF_CASES', 600),
    seed: positive('SEMDIFF_SEED', 1),
    keepCases: env.SEMDIFF_KEEP_CASES || undefined,
    results: env.SEMDIFF_RESULTS || undefined,
    engine: env.SEMDIFF_ENGINE || undefined,
    fixtures: env.SEMDIFF_FIXTURES || defaultFixtures,
  };
}

async function main() {
  const settings = readSettings(process.env);
  const progress = (text) => process.stderr.write(`[semdiff-accuracy] ${text}\n`);
  const engine = await loadEngine(settings.engine);
  progress(`generating ${settings.cases} cases (seed ${settings.seed})`);
  const started = performance.now();
  const cases = generateCases({ count: settings.cases, seed: settings.seed });
  const generationMs = performance.now() - started;
  if (settings.keepCases) writeCases(cases, settings.keepCases);
  progress(`running ${engine.label} on them`);
  await runCase(engine, cases[0]); // warm-up, so the first timing is not the engine's module loading
  const outcomes = [];
  for (const entry of cases) outcomes.push(await runCase(engine, entry));
  if (settings.results) writeFileSync(settings.results, `${JSON.stringify(outcomes.map(resultRecord), null, 1)}\n`);
  const fixtures = await runFixtures(engine, settings.fixtures);
  const report = renderReport(scoreOutcomes(outcomes), fixtures, { ...settings, engine: engine.label, generationMs });
  process.stdout.write(report);
  return 0;
}

/** One case's expectation and the engine's answer, without the file contents. */
function resultRecord({ entry, delta, error, ms }) {
  const { id, origin, kinds, steps, mutation } = entry;
  return { id, origin, kinds, steps, mutation, ms: Math.round(ms * 10) / 10, error, delta };
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`semdiff-accuracy: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
