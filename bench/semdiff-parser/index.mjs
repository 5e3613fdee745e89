#!/usr/bin/env node
import { CANDIDATES, OXC_VARIANTS } from './candidates.mjs';
import { corpusRoot, readCorpus } from './corpus.mjs';
import { timeParsers } from './parserTiming.mjs';
import { probePositions } from './positionFacts.mjs';
import { renderReport } from './report.mjs';
import { compareScopes, jsAstTypeThrows } from './scopeAgreement.mjs';
import { oxcErrorOffsetUnit, probeSyntaxErrors } from './syntaxErrors.mjs';

/**
 * The parser benchmark for the semantic diff (issue 3, "Choose the parser by measurement"): times
 * oxc-parser, TypeScript's createSourceFile, typescript-estree and @babel/parser on a real corpus,
 * each in its own process, then checks the facts the engine relies on: offset units and lines,
 * comments, syntax-error handling, and scope-manager on oxc-parser's AST. Prints one report.
 *
 * Environment: BENCH_RUNS (measured passes per parser, default 5), SEMDIFF_PARSER_CORPUS (a folder
 * of sources; default the speed benchmark's clone, see corpus.mjs).
 */

function readSettings(env) {
  const runs = env.BENCH_RUNS ? Number(env.BENCH_RUNS) : 5;
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`BENCH_RUNS: expected a positive integer, got "${env.BENCH_RUNS}"`);
  return { runs, root: corpusRoot(env) };
}

async function collectFacts(corpus) {
  const names = Object.keys(CANDIDATES);
  return {
    positions: await Promise.all(names.map(probePositions)),
    syntaxErrors: (await Promise.all(names.map(probeSyntaxErrors))).flat(),
    oxcErrorOffsets: await oxcErrorOffsetUnit(),
    scopes: await compareScopes(corpus),
    jsAstType: await jsAstTypeThrows(corpus),
    rawTransfer: (await import('oxc-parser')).rawTransferSupported(),
  };
}

async function main() {
  const settings = readSettings(process.env);
  const progress = (text) => process.stderr.write(`[semdiff-parser] ${text}\n`);
  const corpus = readCorpus(settings.root);
  progress(`timing the parsers on ${corpus.length} files: 1 cold pass each, then ${settings.runs} interleaved rounds`);
  const names = [...Object.keys(CANDIDATES), ...Object.keys(OXC_VARIANTS)];
  const timings = await timeParsers(names, { root: settings.root, runs: settings.runs, progress });
  progress('checking positions, comments, syntax errors and scope-manager on oxc ASTs');
  const facts = await collectFacts(corpus);
  process.stdout.write(renderReport({ corpus, settings, timings, facts }));
  return timings.every((timing) => timing.ok) ? 0 : 1;
}

process.exitCode = await main();
