import { selectAll } from '../jsonPath.js';
import type { CountExpectation, CountRule, HttpQuery, QueryStep, SqlQuery } from '../model.js';
import { bindNamedSql } from '../sqlParams.js';
import { renderText } from '../template.js';
import { driverValue } from './databases/LockDatabase.js';
import type { LockRun } from './LockRun.js';
import { LockRunError } from './LockRunError.js';
import { type RenderedRequest, renderRequest } from './renderRequest.js';
import { StepFailure } from './StepFailure.js';
import { sendRequest } from './sendRequest.js';
import { asNumber, checkValues, describeStatuses, show, statusIn } from './valueChecks.js';

/**
 * Runs a side-effect check: the SQL query (against the run's database) or the HTTP query, then its
 * count bounds, path expectations and captures. An SQL error is a LockRunError at the query's
 * position: the lock cannot say anything about behavior until its query runs.
 */
export async function runQueryStep(step: QueryStep, run: LockRun): Promise<void> {
  const { result, request } =
    step.query.kind === 'sql'
      ? { result: await runSql(step.query, run), request: undefined }
      : await runHttp(step.query, run);
  const fail = (message: string, expected: unknown, actual: unknown): never => {
    throw new StepFailure({ message, expected, actual }, { ...(request ? { request } : {}), explained: true });
  };
  const lookup = run.scope.lookup();
  if (step.expectCount !== undefined) {
    const count = countOf(step.count, result, step.query.kind, lookup);
    const bound = outOfBounds(count, step.expectCount);
    const subject = step.sideEffect === undefined ? 'the query' : `side effect ${step.sideEffect}`;
    if (bound !== undefined) fail(`${subject} counted ${count}, expected ${bound}`, bound, count);
  }
  for (const expectation of step.expect) {
    const path = renderText(expectation.path, lookup);
    const mismatch = checkValues(expectation.check, selectAll(path, result), path, lookup);
    if (mismatch !== undefined) fail(mismatch.message, mismatch.expected, mismatch.actual);
  }
  for (const capture of step.captures) {
    const path = renderText(capture.path, lookup);
    const [value] = selectAll(path, result);
    if (value === undefined) fail(`capture ${capture.variable}: ${path} selects nothing`, path, result);
    run.scope.set(capture.variable, value);
  }
}

async function runSql(query: SqlQuery, run: LockRun): Promise<unknown> {
  const database = await run.database().catch((error: unknown) => {
    throw error instanceof LockRunError && error.position === undefined
      ? new LockRunError(error.message, query.position)
      : error;
  });
  const lookup = run.scope.lookup();
  const bound = bindNamedSql(query.sql, database.dialect, (name) => lookup({ name: query.bindings.get(name) ?? name }));
  try {
    return await database.query(
      bound.text,
      bound.values.map((value) => driverValue(value, database.dialect)),
    );
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new LockRunError(`SQL error: ${message}`, query.position);
  }
}

async function runHttp(query: HttpQuery, run: LockRun): Promise<{ result: unknown; request: RenderedRequest }> {
  const request = renderRequest(query.request, run.scope, { baseUrl: run.baseUrl(query.request.target), now: run.now });
  const response = await sendRequest(request, run.send);
  if (!statusIn(query.status, response.status)) {
    const expected = describeStatuses(query.status);
    throw new StepFailure(
      {
        message: `the query answered ${response.status}, expected ${expected} (body: ${show(response.body)})`,
        expected,
        actual: response.status,
      },
      { request, explained: false },
    );
  }
  return { result: response.body, request };
}

/**
 * How many: `rows` counts the rows (or list items); a path counts the values it selects, or reads
 * the one number it selects (`$[0].n`); automatic reads a one-row, one-column numeric result (such
 * as `SELECT COUNT(*) AS n`) as that number and otherwise counts rows or list items.
 */
export function countOf(
  rule: CountRule,
  result: unknown,
  kind: 'sql' | 'http',
  lookup: Parameters<typeof renderText>[1],
): number {
  if (rule.kind === 'path') {
    const found = selectAll(renderText(rule.path, lookup), result);
    const only = found.length === 1 ? asNumber(found[0]) : undefined;
    return only ?? found.length;
  }
  if (Array.isArray(result)) {
    const [row] = result;
    const values = typeof row === 'object' && row !== null ? Object.values(row) : [];
    const single =
      rule.kind === 'auto' && kind === 'sql' && result.length === 1 && values.length === 1
        ? asNumber(values[0])
        : undefined;
    return single ?? result.length;
  }
  const number = asNumber(result);
  if (number !== undefined) return number;
  throw new LockRunError(`cannot count ${show(result)}: say what to count (count: $.items[*])`);
}

function outOfBounds(count: number, expected: CountExpectation): string | undefined {
  if (expected.equals !== undefined && count !== expected.equals) return `exactly ${expected.equals}`;
  if (expected.atMost !== undefined && count > expected.atMost) return `at most ${expected.atMost}`;
  if (expected.atLeast !== undefined && count < expected.atLeast) return `at least ${expected.atLeast}`;
  return undefined;
}
