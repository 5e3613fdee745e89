#!/usr/bin/env node
import { fork } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { positiveInteger } from '../common/env.mjs';
import { generateTree } from './generateTree.mjs';
import { renderReport } from './report.mjs';

/**
 * The import-graph benchmark: generates one service tree (see generateTree.mjs), then measures on it,
 * one tool after the other, each in its own process: driftguard's graph and its whole classify,
 * dependency-cruiser and madge. Prints the table, the ratios and the issue's targets.
 *
 * Environment: BENCH_RUNS (measured runs per tool, default 5; one warm-up run comes first),
 * BENCH_FILES (default 5000), BENCH_SEED (default 1), BENCH_KEEP_TREE=1 (keep the generated tree).
 */

const ORDER = ['driftguard-graph', 'driftguard-classify', 'dependency-cruiser', 'madge'];
const WARMUPS = 1;

function readSettings(env) {
  const positive = (name, fallback) => positiveInteger(env, name, fallback);
  return {
    runs: positive('BENCH_RUNS', 5),
    files: positive('BENCH_FILES', 5000),
    seed: positive('BENCH_SEED', 1),
    warmups: WARMUPS,
    keepTree: env.BENCH_KEEP_TREE === '1',
  };
}

/**
 * Runs `measureTool.mjs` for one tool with the tree as its working directory.
 * @returns {Promise<import('./report.mjs').ToolOutcome>}
 */
function measureInChild(name, tree, settings) {
  const ref = {
    root: tree.root,
    base: tree.base,
    head: tree.head,
    entryPoint: tree.entryPoint,
    deepHelper: tree.deepHelper,
  };
  const script = fileURLToPath(new URL('./measureTool.mjs', import.meta.url));
  const args = [name, JSON.stringify(ref), String(settings.warmups), String(settings.runs)];
  return new Promise((resolve) => {
    const child = fork(script, args, { cwd: tree.root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answer;
    child.on('message', (message) => {
      answer = message;
    });
    child.on('error', (error) => resolve({ name, ok: false, error: error.message }));
    child.on('exit', (code, signal) => {
      if (answer?.ok) resolve({ name, ok: true, result: answer.result });
      else
        resolve({
          name,
          ok: false,
          error: answer?.error ?? `exited with ${signal ?? `code ${code}`} before answering`,
        });
    });
  });
}

async function main() {
  const settings = readSettings(process.env);
  const progress = (text) => process.stderr.write(`[import-graph] ${text}\n`);
  progress(`generating a ${settings.files}-file tree (seed ${settings.seed})`);
  const tree = await generateTree({ files: settings.files, seed: settings.seed });
  const outcomes = [];
  try {
    for (const name of ORDER) {
      progress(`measuring ${name}: ${settings.warmups} warm-up + ${settings.runs} runs`);
      outcomes.push(await measureInChild(name, tree, settings));
    }
    process.stdout.write(renderReport(tree, outcomes, settings));
  } finally {
    if (!settings.keepTree) await rm(tree.root, { recursive: true, force: true });
  }
  return outcomes.every((outcome) => outcome.ok) ? 0 : 1;
}

process.exitCode = await main();
