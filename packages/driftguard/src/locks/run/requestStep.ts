import { selectAll, selectOne } from '../jsonPath.js';
import type { RequestStep } from '../model.js';
import { renderText } from '../template.js';
import type { LockRun } from './LockRun.js';
import { type RenderedRequest, renderRequest } from './renderRequest.js';
import { type Mismatch, StepFailure } from './StepFailure.js';
import { type LockResponse, sendRequest } from './sendRequest.js';
import { checkSnapshot } from './snapshotCheck.js';
import { checkValues, describeStatuses, show, statusIn } from './valueChecks.js';

/**
 * Sends a step's request (`repeat` copies, one after another or all at once) and checks every
 * response: its status, then, for the responses not tolerated, captures (from the first), headers,
 * body and the snapshot. Throws a StepFailure at the first expectation that does not hold.
 */
export async function runRequestStep(step: RequestStep, run: LockRun): Promise<void> {
  const request = renderRequest(step.request, run.scope, { baseUrl: run.baseUrl(step.request.target), now: run.now });
  const responses = await sendAll(request, step, run);
  const fail = (index: number, mismatch: Mismatch, explained = true): never => {
    const prefix = responses.length > 1 ? `response ${index + 1} of ${responses.length}: ` : '';
    throw new StepFailure({ ...mismatch, message: prefix + mismatch.message }, { request, explained });
  };
  const { status, tolerate } = step.expect;
  responses.forEach((response, index) => {
    if (status === undefined || statusIn(status, response.status)) return;
    const expected = describeStatuses(status);
    const message = `status ${response.status}, expected ${expected} (body: ${show(response.body)})`;
    fail(index, { message, expected, actual: { status: response.status, body: response.body } }, false);
  });
  const checked = responses.map((response, index) => ({ response, index }));
  const kept = tolerate ? checked.filter(({ response }) => !statusIn(tolerate, response.status)) : checked;
  const first = kept[0];
  if (first === undefined) {
    const statuses = [...new Set(responses.map((response) => response.status))].join(', ');
    return fail(0, { message: `every response was tolerated (${statuses}); none succeeded`, actual: statuses }, false);
  }
  const lookup = run.scope.lookup();
  for (const capture of step.captures) {
    const path = renderText(capture.path, lookup);
    const value = selectOne(path, first.response.body);
    if (value === undefined) {
      fail(
        first.index,
        { message: `capture ${capture.variable}: ${path} selects nothing`, actual: first.response.body },
        false,
      );
    }
    run.scope.set(capture.variable, value);
  }
  for (const { response, index } of kept) {
    const mismatch = checkResponse(step, response, run);
    if (mismatch !== undefined) fail(index, mismatch);
  }
  if (step.snapshot !== undefined) {
    const mismatch = checkSnapshot(step.snapshot, first.response.body, run);
    if (mismatch !== undefined) fail(first.index, mismatch, false);
  }
}

async function sendAll(request: RenderedRequest, step: RequestStep, run: LockRun): Promise<LockResponse[]> {
  if (step.concurrent) return Promise.all(Array.from({ length: step.repeat }, () => sendRequest(request, run.send)));
  const responses: LockResponse[] = [];
  for (let copy = 0; copy < step.repeat; copy++) responses.push(await sendRequest(request, run.send));
  return responses;
}

function checkResponse(step: RequestStep, response: LockResponse, run: LockRun): Mismatch | undefined {
  const lookup = run.scope.lookup();
  for (const expectation of step.expect.headers) {
    const value = response.headers[expectation.header];
    const found = value === undefined ? [] : [value];
    const mismatch = checkValues(expectation.check, found, `header ${expectation.header}`, lookup);
    if (mismatch !== undefined) return mismatch;
  }
  for (const expectation of step.expect.body) {
    const path = renderText(expectation.path, lookup);
    const mismatch = checkValues(expectation.check, selectAll(path, response.body), path, lookup);
    if (mismatch !== undefined) return mismatch;
  }
  return undefined;
}
