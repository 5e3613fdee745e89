#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SeededRandom } from '../common/random.mjs';
import { readCorpus } from './corpus.mjs';
import { applyMutation } from './mutations/applyMutation.mjs';
import { isTypeScript, parseSource } from './parseSource.mjs';
import { REFACTORINGS, sameRuntimeCode } from './refactorings/index.mjs';

/**
 * Builds the accuracy cases: each takes one real file from node_modules, applies one to three
 * refactorings to it, and, in every second case, exactly one mutation after them. Deterministic for a
 * given seed and installed package versions.
 *
 * @typedef {{ path: string, text: string }} CaseFile
 * @typedef {object} AccuracyCase
 * @property {string} id e.g. `c0042`
 * @property {string} origin the node_modules file it started from
 * @property {string[]} kinds the refactoring kinds applied, in order
 * @property {string[]} steps one summary per refactoring
 * @property {import('./mutations/applyMutation.mjs').Mutation | undefined} mutation
 * @property {CaseFile[]} before
 * @property {CaseFile[]} after
 */

const MAX_ATTEMPTS_PER_CASE = 20;
const TYPESCRIPT_SHARE = 0.35;

/**
 * @param {{ count: number, seed: number }} options
 * @returns {AccuracyCase[]}
 */
export function generateCases({ count, seed }) {
  const corpus = readCorpus();
  if (corpus.length === 0) throw new Error('semdiff-accuracy: no usable source files found in node_modules');
  const random = new SeededRandom(seed);
  const pools = { all: corpus, typescript: corpus.filter((file) => isTypeScript(file.name)) };
  const cases = [];
  for (let index = 0; index < count; index++) {
    const id = `c${String(index + 1).padStart(4, '0')}`;
    const made = makeCase(id, pools, random, { mutate: index % 2 === 1 });
    if (!made) throw new Error(`semdiff-accuracy: could not build case ${id} in ${MAX_ATTEMPTS_PER_CASE} attempts`);
    cases.push(made);
  }
  return cases;
}

/**
 * One case from a randomly drawn file (TypeScript files drawn more often than their share, since
 * node_modules ships few); retries with other files when one offers no safe site.
 */
function makeCase(id, pools, random, { mutate }) {
  for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_CASE; attempt++) {
    const pool = pools.typescript.length > 0 && random.chance(TYPESCRIPT_SHARE) ? pools.typescript : pools.all;
    const source = random.pick(pool);
    const refactored = refactor(source, random);
    if (!refactored) continue;
    const after = refactored.files;
    let mutation;
    let replaced;
    if (mutate) {
      const target = random.pick(after);
      const mutated = applyMutation({ name: target.path, text: target.text }, random);
      if (!mutated || sameRuntimeCode(target.path, target.text, mutated.text)) continue;
      target.text = mutated.text;
      mutation = mutated.mutation;
      replaced = mutated.replaced;
    }
    const before = [{ path: source.name, text: source.text }];
    if (mutation?.kind === 'removed-call') locateOnBeforeSide(mutation, before, replaced);
    return { id, origin: source.origin, kinds: refactored.kinds, steps: refactored.steps, mutation, before, after };
  }
  return undefined;
}

/** Sets `beforeLine` when the removed statement occurs exactly once in the same-named before file. */
function locateOnBeforeSide(mutation, before, replaced) {
  const file = before.find((candidate) => candidate.path === mutation.file);
  if (!file || !replaced) return;
  const at = file.text.indexOf(replaced);
  if (at < 0 || file.text.indexOf(replaced, at + 1) >= 0) return;
  mutation.beforeLine = file.text.slice(0, at).split('\n').length;
}

/** Applies one to three refactorings of distinct kinds in a random order; undefined if none fits. */
function refactor(source, random) {
  const wanted = random.int(1, 3);
  let main = { name: source.name, text: source.text };
  const added = [];
  const kinds = [];
  const steps = [];
  for (const refactoring of random.weightedShuffle(REFACTORINGS, (entry) => entry.weight)) {
    if (kinds.length === wanted) break;
    const result = refactoring.apply(main, random);
    if (!result || result.text === main.text || parseSource(main.name, result.text).errors > 0) continue;
    if (refactoring.checked && !sameRuntimeCode(main.name, main.text, result.text)) continue;
    if (result.added) added.push({ path: result.added.name, text: result.added.text });
    main = { name: main.name, text: result.text };
    kinds.push(refactoring.kind);
    steps.push(result.summary);
  }
  if (kinds.length === 0) return undefined;
  return { files: [{ path: main.name, text: main.text }, ...added], kinds, steps };
}

/**
 * Writes cases as `<dir>/<id>/{before,after}/…` plus `<dir>/<id>/case.json`, for inspection or for
 * running `driftguard semdiff --json <id>/before <id>/after` by hand.
 * @param {AccuracyCase[]} cases
 * @param {string} dir
 */
export function writeCases(cases, dir) {
  for (const entry of cases) {
    const root = join(dir, entry.id);
    for (const [side, files] of [
      ['before', entry.before],
      ['after', entry.after],
    ]) {
      for (const file of files) {
        const path = join(root, side, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.text);
      }
    }
    const { before, after, ...meta } = entry;
    writeFileSync(join(root, 'case.json'), `${JSON.stringify(meta, null, 2)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [count = '600', seed = '1', dir = 'semdiff-accuracy-cases'] = process.argv.slice(2);
  const cases = generateCases({ count: Number(count), seed: Number(seed) });
  writeCases(cases, dir);
  process.stderr.write(`wrote ${cases.length} cases (seed ${seed}) to ${dir}\n`);
}
