import { availableParallelism } from 'node:os';
import { align } from '../common/table.mjs';
import { percentile } from './score.mjs';

/**
 * The printed result of the accuracy benchmark: the headline table against the issue's targets,
 * false alarms per refactoring kind, misses and localization per mutation kind, the first cases
 * an engineer should look at, the hand-written fixtures, and how to rerun.
 */

/** The issue's targets (issue 3, "Measure"). */
export const TARGETS = { missed: 0, falseAlarmRate: 0.03, localizedRate: 0.97 };

const EXAMPLES = 6;

/**
 * @param {import('./score.mjs').Score} score
 * @param {import('./fixtures.mjs').FixtureResult[] | undefined} fixtures
 * @param {{ cases: number, seed: number, engine: string, fixtures: string, generationMs: number }} settings
 * @returns {string}
 */
export function renderReport(score, fixtures, settings) {
  const lines = [
    '',
    `semdiff-accuracy: ${score.total} generated cases (seed ${settings.seed}), ${score.mutated.cases + countMutatedErrors(score)} with one mutation; engine: ${settings.engine}`,
    `Node ${process.version}, ${availableParallelism()} CPUs; cases generated in ${seconds(settings.generationMs)}`,
    '',
    ...headline(score),
    '',
    ...refactoringTable(score),
    '',
    ...mutationTable(score),
    '',
    ...examples('Missed behavior changes', score.mutated.missed, describeMiss, mutationKind),
    ...examples('False alarms', score.refactorOnly.falseAlarms, describeFalseAlarm, kindSet),
    ...reasonsOfFalseAlarms(score),
    ...examples('Detected but not localized', score.mutated.unlocalized, describeUnlocalized, mutationKind),
    ...examples('Engine errors', score.errors, (outcome) => [`${caseLabel(outcome)}`, `    ${outcome.error}`]),
    ...fixtureLines(fixtures, settings.fixtures),
    `Rerun: npm run bench -- semdiff-accuracy   (env: SEMDIFF_CASES=${settings.cases} SEMDIFF_SEED=${settings.seed}; SEMDIFF_KEEP_CASES=DIR writes the cases, SEMDIFF_RESULTS=FILE the answers; SEMDIFF_ENGINE=PATH tries another engine module)`,
    '',
  ];
  return lines.join('\n');
}

function countMutatedErrors(score) {
  return score.errors.filter((outcome) => outcome.entry.mutation).length;
}

function headline(score) {
  const { mutated, refactorOnly } = score;
  const falseAlarmRate = ratio(refactorOnly.falseAlarms.length, refactorOnly.cases);
  const localizedRate = ratio(mutated.localized, mutated.cases);
  const verdict = (pass) => (pass === undefined ? 'n/a ' : pass ? 'PASS' : 'MISS');
  const rows = [
    ['measure', 'ours', 'target', ''],
    [
      'missed behavior changes',
      `${mutated.missed.length} of ${mutated.cases}`,
      `${TARGETS.missed}`,
      verdict(mutated.cases > 0 ? mutated.missed.length <= TARGETS.missed : undefined),
    ],
    [
      'false alarms (refactor-only cases)',
      `${refactorOnly.falseAlarms.length} of ${refactorOnly.cases} (${percent(falseAlarmRate)})`,
      `<= ${percent(TARGETS.falseAlarmRate)}`,
      verdict(falseAlarmRate === undefined ? undefined : falseAlarmRate <= TARGETS.falseAlarmRate),
    ],
    [
      'localized within 2 lines',
      `${mutated.localized} of ${mutated.cases} (${percent(localizedRate)})`,
      `>= ${percent(TARGETS.localizedRate)}`,
      verdict(localizedRate === undefined ? undefined : localizedRate >= TARGETS.localizedRate),
    ],
    ['engine errors', `${score.errors.length} of ${score.total}`, '0', verdict(score.errors.length === 0)],
    ['time per case p50 / p95', `${ms(percentile(score.times, 50))} / ${ms(percentile(score.times, 95))}`, '', ''],
  ];
  const extra =
    refactorOnly.identical.length > 0
      ? [
          `  note: ${refactorOnly.identical.length} refactored cases were called "identical" (not a false alarm, but the refactoring went unlisted)`,
        ]
      : [];
  return [...align(rows, [false, true, true, false]).map((line) => `  ${line}`), ...extra];
}

function refactoringTable(score) {
  const rows = [
    ['refactoring kind (refactor-only cases)', 'cases', 'false alarms', 'rate', 'alone: cases', 'false alarms'],
  ];
  for (const [kind, row] of [...score.byRefactoring].sort()) {
    const { cases, falseAlarms, alone, aloneFalseAlarms } = row;
    rows.push([
      kind,
      `${cases}`,
      `${falseAlarms}`,
      percent(ratio(falseAlarms, cases)),
      `${alone}`,
      `${aloneFalseAlarms}`,
    ]);
  }
  const note = '  (a case holds 1-3 kinds, so a false alarm counts under each of its kinds; "alone" isolates one kind)';
  return [...align(rows, [false, true, true, true, true, true]).map((line) => `  ${line}`), note];
}

function mutationTable(score) {
  const rows = [['mutation kind', 'cases', 'missed', 'localized']];
  for (const [kind, row] of [...score.byMutation].sort()) {
    rows.push([kind, String(row.cases), String(row.missed), percent(ratio(row.localized, row.cases))]);
  }
  return align(rows, [false, true, true, true]).map((line) => `  ${line}`);
}

/**
 * Up to EXAMPLES outcomes, the first of each distinct `groupOf` key first (so one kind of failure
 * does not hide the others), then the rest in case order.
 */
function examples(title, outcomes, describe, groupOf = () => '') {
  if (outcomes.length === 0) return [];
  const seen = new Set();
  const firsts = outcomes.filter((outcome) => !seen.has(groupOf(outcome)) && seen.add(groupOf(outcome)));
  const shown = [...firsts, ...outcomes.filter((outcome) => !firsts.includes(outcome))].slice(0, EXAMPLES);
  const more = outcomes.length > shown.length ? ` (${shown.length} of ${outcomes.length}, one per kind first)` : '';
  return [`${title}${more}:`, ...shown.flatMap(describe), ''];
}

function mutationKind(outcome) {
  return outcome.entry.mutation?.kind ?? '';
}

function kindSet(outcome) {
  return [...new Set(outcome.entry.kinds)].sort().join('+');
}

function caseLabel(outcome) {
  const { id, origin, kinds } = outcome.entry;
  return `  ${id} ${origin} [${kinds.join(', ')}]`;
}

function describeMiss(outcome) {
  const { mutation } = outcome.entry;
  return [
    caseLabel(outcome),
    `    mutation at ${mutation.file}:${mutation.line}: ${mutation.summary}`,
    `    engine: ${outcome.delta?.verdict}; refactorings: ${refactoringList(outcome.delta)}`,
  ];
}

function describeFalseAlarm(outcome) {
  const changes = outcome.delta?.behaviorChanges ?? [];
  const first = changes[0];
  return [
    caseLabel(outcome),
    `    steps: ${outcome.entry.steps.join('; ')}`,
    `    engine: ${changes.length} behavior change(s); first at ${first ? `${first.file}:${first.line}` : '?'}: ${first ? summaryOf(first) : 'none listed'}`,
  ];
}

function describeUnlocalized(outcome) {
  const { mutation, before } = outcome.entry;
  const where = before.some((file) => file.path === mutation.file) ? '' : ' (in the file the move added)';
  const reported = (outcome.delta?.behaviorChanges ?? [])
    .slice(0, 4)
    .map(
      (c) => `${c.file}:${c.line}-${c.endLine ?? c.line}${c.side === 'before' ? ' (before side)' : ''} ${summaryOf(c)}`,
    )
    .join('; ');
  return [
    caseLabel(outcome),
    `    mutation at ${mutation.file}:${mutation.line}${where}: ${mutation.summary}`,
    `    reported: ${reported || 'none'}`,
  ];
}

/** The engine's most frequent explanations in false alarms, with digits and quoted names folded. */
function reasonsOfFalseAlarms(score) {
  const counts = new Map();
  for (const outcome of score.refactorOnly.falseAlarms) {
    for (const change of outcome.delta?.behaviorChanges ?? []) {
      const withoutSymbol = change.symbol
        ? (change.summary ?? '').replaceAll(` in ${change.symbol}`, '')
        : change.summary;
      const key = `${withoutSymbol ?? ''}${change.reason ? ` [${change.reason}]` : ''}`
        .replace(/`[^`]*`|'[^']*'|"[^"]*"/g, '…')
        .replace(/\b[A-Za-z_$][\w$]*\d+\b/g, 'NAME')
        .replace(/\d+/g, 'N');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return [];
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return [
    'Most frequent behavior-change summaries in false alarms:',
    ...top.map(([key, n]) => `  ${String(n).padStart(4)}  ${key}`),
    '',
  ];
}

function fixtureLines(fixtures, dir) {
  if (!fixtures) return [`Hand-written fixtures: none found at ${dir}`, ''];
  const passed = fixtures.filter((fixture) => fixture.pass).length;
  const width = Math.max(...fixtures.map((fixture) => fixture.id.length));
  return [
    `Hand-written fixtures (${dir}): ${passed} of ${fixtures.length} pass`,
    ...fixtures.map((f) => `  ${f.pass ? 'PASS' : 'FAIL'}  ${f.id.padEnd(width)}  ${f.detail}`),
    '',
  ];
}

function summaryOf(change) {
  const summary = change.summary ?? '';
  const symbol = change.symbol && !summary.includes(change.symbol) ? ` in ${change.symbol}` : '';
  return `${summary}${symbol}${change.reason ? ` [${change.reason}]` : ''}`;
}

function refactoringList(delta) {
  const kinds = (delta?.refactorings ?? []).map((r) => r.kind);
  return kinds.length > 0 ? [...new Set(kinds)].join(', ') : 'none';
}

function ratio(part, whole) {
  return whole > 0 ? part / whole : undefined;
}

function percent(value) {
  return value === undefined ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function ms(value) {
  if (value === undefined) return 'n/a';
  return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`;
}

function seconds(value) {
  return `${(value / 1000).toFixed(1)} s`;
}
