import { performance } from 'node:perf_hooks';
import { loadCandidate } from './candidates.mjs';
import { readCorpus } from './corpus.mjs';

/**
 * One parser in a process of its own (forked by `parserTiming.mjs` with `--expose-gc`), driven over
 * IPC so that the parsers' passes can be interleaved round by round: on start it parses the corpus
 * once (the cold pass) and answers `{ kind: 'ready' }`; each `{ kind: 'pass' }` gets the per-file
 * times of one more pass; `{ kind: 'finish' }` gets what the ASTs cost in heap and what the last
 * pass saw (comments, reported errors, throws), and the process exits.
 */

function parseOnce(candidate, file) {
  const started = performance.now();
  try {
    const parsed = candidate.parse(file.path, file.text);
    return { ms: performance.now() - started, parsed };
  } catch (error) {
    return { ms: performance.now() - started, thrown: error };
  }
}

function pass(candidate, corpus) {
  return corpus.map((file) => parseOnce(candidate, file));
}

/** Heap kept alive by every AST of the corpus held at once, after a full GC; undefined without ASTs. */
function retainedHeap(candidate, corpus) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const kept = corpus.map((file) => parseOnce(candidate, file).parsed?.ast);
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  return kept.every((ast) => ast === undefined) ? undefined : after - before;
}

function describePass(outcomes, corpus) {
  const kept = outcomes.filter((outcome) => outcome.parsed?.comments !== undefined);
  return {
    thrown: outcomes.flatMap((outcome, index) =>
      outcome.thrown ? [`${corpus[index].path}: ${outcome.thrown.message}`] : [],
    ),
    comments: kept.reduce((sum, outcome) => sum + outcome.parsed.comments.length, 0),
    keepsComments: kept.length > 0,
    reportedErrors: outcomes.reduce((sum, outcome) => sum + (outcome.parsed?.errors ?? 0), 0),
  };
}

async function serve(name, root) {
  const candidate = await loadCandidate(name);
  const corpus = readCorpus(root);
  let last = pass(candidate, corpus);
  const reply = (message) => new Promise((resolve) => process.send(message, resolve));
  await reply({ kind: 'ready', label: candidate.label, version: candidate.version, cold: last.map((o) => o.ms) });
  process.on('message', async (message) => {
    if (message.kind === 'pass') {
      last = pass(candidate, corpus);
      await reply({ kind: 'pass', times: last.map((outcome) => outcome.ms) });
      return;
    }
    const facts = { ...describePass(last, corpus), retainedBytes: retainedHeap(candidate, corpus) };
    await reply({ kind: 'finished', facts });
    process.exit(0);
  });
}

if (process.send) {
  const [name, root] = process.argv.slice(2);
  serve(name, root).catch((error) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.send({ kind: 'failed', error: message }, () => process.exit(1));
  });
}
