import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeError, diffDirectories } from './runCase.mjs';
import { LOCALIZATION_SLACK } from './score.mjs';

/**
 * The hand-written cases of `shared/fixtures/semdiff/`: each folder's `before/` and `after/` go
 * through `readDirectoryChange` and `semanticDiff`; a case passes when the verdict matches
 * `cases.json` and every expected change (file, line) is covered by a reported range (within the
 * same slack as the generated cases).
 * @typedef {{ id: string, pass: boolean, detail: string }} FixtureResult
 */

/**
 * @param {Awaited<ReturnType<typeof import('./engine.mjs').loadEngine>>} engine
 * @param {string} dir the fixtures folder
 * @returns {Promise<FixtureResult[] | undefined>} undefined when the folder has no cases.json
 */
export async function runFixtures(engine, dir) {
  const index = join(dir, 'cases.json');
  if (!existsSync(index)) return undefined;
  const expectations = JSON.parse(readFileSync(index, 'utf8'));
  const results = [];
  for (const expected of expectations) results.push(await runFixture(engine, dir, expected));
  return results;
}

async function runFixture(engine, dir, expected) {
  let delta;
  try {
    delta = await diffDirectories(engine, join(dir, expected.id, 'before'), join(dir, expected.id, 'after'));
  } catch (error) {
    return { id: expected.id, pass: false, detail: `threw ${describeError(error)}` };
  }
  const reported = (delta.behaviorChanges ?? []).map((c) => `${c.file}:${c.line}-${c.endLine ?? c.line}`).join(', ');
  if (delta.verdict !== expected.verdict)
    return {
      id: expected.id,
      pass: false,
      detail: `verdict ${delta.verdict}, expected ${expected.verdict}${reported ? ` (reported ${reported}: ${firstSummary(delta)})` : ''}`,
    };
  const unmatched = (expected.changes ?? []).filter(
    (want) => !(delta.behaviorChanges ?? []).some((c) => covers(c, want)),
  );
  if (unmatched.length > 0)
    return {
      id: expected.id,
      pass: false,
      detail: `expected a change at ${unmatched.map((w) => `${w.file}:${w.line}`).join(', ')}; reported ${reported || 'none'}`,
    };
  return { id: expected.id, pass: true, detail: `${delta.verdict}${reported ? ` at ${reported}` : ''}` };
}

function covers(change, want) {
  if (!change.file?.endsWith(want.file)) return false;
  return (
    want.line >= change.line - LOCALIZATION_SLACK && want.line <= (change.endLine ?? change.line) + LOCALIZATION_SLACK
  );
}

function firstSummary(delta) {
  const first = delta.behaviorChanges?.[0];
  return first ? `${first.summary}${first.reason ? ` [${first.reason}]` : ''}` : '';
}
