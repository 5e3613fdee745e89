import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { quantile, total } from './distribution.mjs';

/**
 * Times every parser on the corpus, each in a process of its own, interleaved: after every parser's
 * cold pass, round r runs pass r of each parser in turn, so load from elsewhere on the machine falls
 * on all of them alike. A file's time is its fastest measured pass and the corpus total is the fastest
 * whole pass (GC included): the least disturbed figure on a shared machine.
 * @typedef {{ name: string, ok: true, result: object } | { name: string, ok: false, error: string }} Timing
 */

const SCRIPT = fileURLToPath(new URL('./measureParser.mjs', import.meta.url));

/** A forked `measureParser.mjs` with a request/answer interface over IPC. */
function startWorker(name, root) {
  const child = fork(SCRIPT, [name, root], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const answers = [];
  let waiting;
  const deliver = (message) => (waiting ? waiting(message) : answers.push(message));
  child.on('message', deliver);
  child.on('exit', (code, signal) => deliver({ kind: 'failed', error: `exited with ${signal ?? `code ${code}`}` }));
  const next = () =>
    answers.length > 0
      ? Promise.resolve(answers.shift())
      : new Promise((resolve) => {
          waiting = (message) => {
            waiting = undefined;
            resolve(message);
          };
        });
  const ask = (kind) => {
    if (child.connected) child.send({ kind });
    return next();
  };
  return { name, next, ask };
}

/** @returns {Promise<Timing[]>} in the order of `names` */
export async function timeParsers(names, { root, runs, progress }) {
  const workers = [];
  for (const name of names) {
    progress(`cold pass: ${name}`);
    const worker = startWorker(name, root);
    workers.push({ worker, ready: await worker.next(), passes: [] });
  }
  for (let round = 1; round <= runs; round += 1) {
    progress(`round ${round} of ${runs}`);
    for (const entry of workers.filter((candidate) => candidate.ready.kind === 'ready')) {
      const answer = await entry.worker.ask('pass');
      if (answer.kind === 'pass') entry.passes.push(answer.times);
    }
  }
  const timings = [];
  for (const entry of workers) timings.push(await finish(entry));
  return timings;
}

async function finish({ worker, ready, passes }) {
  if (ready.kind !== 'ready') return { name: worker.name, ok: false, error: ready.error };
  const answer = await worker.ask('finish');
  if (answer.kind !== 'finished' || passes.length === 0) return { name: worker.name, ok: false, error: answer.error };
  const perFile = ready.cold.map((_, index) => Math.min(...passes.map((times) => times[index])));
  return {
    name: worker.name,
    ok: true,
    result: {
      label: ready.label,
      version: ready.version,
      coldTotal: total(ready.cold),
      total: Math.min(...passes.map(total)),
      p50: quantile(perFile, 0.5),
      p95: quantile(perFile, 0.95),
      max: Math.max(...perFile),
      ...answer.facts,
    },
  };
}
