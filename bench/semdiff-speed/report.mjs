import { availableParallelism } from 'node:os';
import { align, count, ms, ratio } from '../common/table.mjs';
import { quantile, summarize } from '../semdiff-parser/distribution.mjs';

/**
 * The printed result of the speed benchmark: p50/p95/total per column, the ratios, the issue's
 * targets with PASS/MISS, verdict and error counts, the slowest commits, and how to rerun.
 */

/** The issue's targets (issue 3, "Measure"). */
export const TARGETS = { p50Ms: 150, p95Ms: 1500, overParseOnly: 3 };

/** @returns {string} */
export function renderReport({ settings, span, engine, measured, claims }) {
  const columns = columnSummaries(measured);
  return [
    '',
    `semdiff-speed: ${measured.length} commits of ${settings.repo}, ${span.oldest.sha.slice(0, 7)} (${span.oldest.date}) to ${span.head.sha.slice(0, 7)} (${span.head.date}): first-parent, non-merge, changing TS/JS`,
    `Node ${process.version}, ${availableParallelism()} CPUs; ${settings.warmups} warm-up commits first; per commit, in turn: ours, parse only, git diff`,
    '',
    ...columnTable(columns, engine),
    '',
    ...fileLines(measured),
    '',
    ...ratioLines(columns),
    '',
    ...targetLines(columns),
    '',
    ...verdictLines(measured, engine),
    ...claimLines(claims),
    '',
    `Rerun: npm run bench -- semdiff-speed   (env: SEMDIFF_SPEED_REPO=${settings.repo} SEMDIFF_SPEED_HEAD=${span.head.sha.slice(0, 12)} SEMDIFF_SPEED_COMMITS=${settings.commits} BENCH_WARMUPS=${settings.warmups})`,
    '',
  ].join('\n');
}

function columnSummaries(measured) {
  const ours = measured.filter((commit) => commit.ours && !commit.ours.error).map((commit) => commit.ours.ms);
  return {
    ours: ours.length > 0 ? summarize(ours) : undefined,
    parseOnly: summarize(measured.map((commit) => commit.parseOnly.ms)),
    read: summarize(measured.map((commit) => commit.parseOnly.readMs)),
    gitStat: summarize(measured.map((commit) => commit.git.statMs)),
    gitDiff: summarize(measured.map((commit) => commit.git.fullMs)),
  };
}

function columnTable(columns, engine) {
  const row = (label, summary) =>
    summary
      ? [label, ms(summary.p50), ms(summary.p95), ms(summary.total), count(summary.count)]
      : [label, '-', '-', '-', '-'];
  const rows = [
    ['per commit', 'p50', 'p95', 'total', 'commits'],
    row(`(1) ours: readGitChange + semanticDiff${engine.missing ? ' (NOT RUN)' : ''}`, columns.ours),
    row('(2) oxc-parser alone, changed TS/JS before + after', columns.parseOnly),
    row('    readGitChange + reading those files (not in 2)', columns.read),
    row('(3) git diff --stat sha~1 sha', columns.gitStat),
    row('(3) git diff sha~1 sha', columns.gitDiff),
  ];
  return align(rows, [false, true, true, true, true]);
}

function fileLines(measured) {
  const files = measured.map((commit) => commit.parseOnly.files);
  const sources = measured.reduce((sum, commit) => sum + commit.parseOnly.sources, 0);
  const unparsed = measured.flatMap((commit) =>
    commit.parseOnly.unparsed.map((path) => `${commit.sha.slice(0, 7)}:${path}`),
  );
  return [
    `Changed TS/JS files per commit: p50 ${quantile(files, 0.5)}, p95 ${quantile(files, 0.95)}, max ${Math.max(...files)}; ${count(sources)} file versions parsed in all, ${unparsed.length} with syntax errors${unparsed.length > 0 ? `: ${unparsed.slice(0, 4).join(', ')}` : ''}`,
  ];
}

function ratioLines(columns) {
  return [
    'Ratios:',
    `  ours total / parse-only total   ${ratio(columns.ours?.total, columns.parseOnly.total)}   (the target's ratio; ours includes reading git, parse-only does not)`,
    `  ours total / (read + parse)     ${ratio(columns.ours?.total, columns.parseOnly.total + columns.read.total)}`,
    `  ours p50 / git diff p50         ${ratio(columns.ours?.p50, columns.gitDiff.p50)}`,
    `  ours p95 / git diff p95         ${ratio(columns.ours?.p95, columns.gitDiff.p95)}`,
  ];
}

function targetLines(columns) {
  const verdict = (pass) => (pass === undefined ? 'n/a ' : pass ? 'PASS' : 'MISS');
  const ours = columns.ours;
  const over = ours ? ours.total / columns.parseOnly.total : undefined;
  const lines = [
    'Targets (issue 3):',
    `  ${verdict(ours && ours.p50 <= TARGETS.p50Ms)}  p50 <= ${TARGETS.p50Ms} ms: ${ms(ours?.p50)}`,
    `  ${verdict(ours && ours.p95 <= TARGETS.p95Ms)}  p95 <= ${TARGETS.p95Ms} ms: ${ms(ours?.p95)}`,
    `  ${verdict(over === undefined ? undefined : over <= TARGETS.overParseOnly)}  total <= ${TARGETS.overParseOnly}x parse-only: ${over === undefined ? '-' : `${over.toFixed(1)}x`}`,
  ];
  // Any semantic diff built on oxc-parser parses at least these files, so it cannot beat (2).
  if (over !== undefined && over < 1)
    lines.push(
      '  NOTE  ours took less than parsing alone: the engine did not parse every changed file (stub, or files skipped?)',
    );
  return lines;
}

function verdictLines(measured, engine) {
  if (engine.missing) return [`Verdicts: column (1) not run: ${engine.missing}`];
  const tally = { identical: 0, 'refactor-only': 0, 'behavior-change': 0 };
  const errors = measured.filter((commit) => commit.ours.error);
  for (const commit of measured)
    if (commit.ours.verdict) tally[commit.ours.verdict] = (tally[commit.ours.verdict] ?? 0) + 1;
  const slowest = measured
    .filter((commit) => !commit.ours.error)
    .sort((a, b) => b.ours.ms - a.ours.ms)
    .slice(0, 3)
    .map((commit) => `${commit.sha.slice(0, 7)} ${ms(commit.ours.ms)} (${commit.parseOnly.files} TS/JS files)`);
  return [
    `Verdicts: ${Object.entries(tally)
      .map(([name, value]) => `${name} ${value}`)
      .join(', ')}; errors ${errors.length}`,
    ...errors.slice(0, 3).map((commit) => `  error at ${commit.sha.slice(0, 7)}: ${commit.ours.error.split('\n')[0]}`),
    `Slowest (ours): ${slowest.join('; ')}`,
  ];
}

/** The commits judged refactor-only, with their subjects: a promise worth reading by hand. */
function claimLines(claims) {
  if (claims.length === 0) return [];
  return [
    'Commits judged refactor-only (check by hand: the verdict promises no behavior change):',
    ...claims.map((line) => `  ${line}`),
  ];
}
