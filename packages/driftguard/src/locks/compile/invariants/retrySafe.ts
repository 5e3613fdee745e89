import type { PathExpectation, RequestStep, Step } from '../../model.js';
import type { StepKind } from '../stepKind.js';
import { InvariantParams, SUCCESS, sideEffectStep, unionStatus } from './invariantParams.js';

const FIELDS = [
  'request',
  'fault',
  'reset',
  'retries',
  'identity',
  'capture',
  'failure',
  'status',
  'side-effect',
  'equals',
];

/** What a first attempt may answer when it fails: a server error, a timeout, a conflict, a throttle. */
const FAILURES = { codes: [408, 409, 429], classes: [5] };

/**
 * `retry-safe`: arm a fault (`fault`, a request that makes the next attempt fail after its side
 * effect, like the fake provider's `error-after-capture`), send the request, retry it `retries`
 * times; failed attempts are tolerated, at least one must succeed, every success names the same
 * identity, and the side effect happened once. `reset` runs last, even after a failure.
 */
export const retrySafe: StepKind = {
  fields: [],
  compile(_step, fields, context) {
    const node = InvariantParams.mapOf('retry-safe', fields, context);
    if (node === undefined) return undefined;
    const params = new InvariantParams('retry-safe', node, FIELDS, context);
    const fault = params.request('fault', '');
    const request = params.request('request', 'the request to retry (a name under requests:, or a mapping)');
    const reset = params.request('reset', '');
    const retries = params.int('retries', 2, 1, 100);
    const identity = params.path('identity');
    const variable = params.has('identity') || params.has('capture') ? params.captureName() : undefined;
    const failure = params.status('failure', FAILURES);
    const status = params.status('status', SUCCESS);
    const effectNode = params.required('side-effect', 'the side effect a retry must not repeat (under side-effects:)');
    const effect = effectNode && params.sideEffect();
    const equals = params.int('equals', 1, 0, 1_000_000);
    if (!request || !retries || !failure || !status || !effect || equals === undefined) return undefined;
    if ((params.has('fault') && !fault) || (params.has('reset') && !reset)) return undefined;
    if ((params.has('identity') && !identity) || (params.has('capture') && !variable)) return undefined;

    const base = { kind: 'request', always: false, invariant: 'retry-safe', position: params.position } as const;
    const steps: Step[] = [];
    if (fault) {
      steps.push({
        ...base,
        name: 'retry-safe: arm the fault',
        request: fault,
        repeat: 1,
        concurrent: false,
        expect: { status: SUCCESS, headers: [], body: [] },
        captures: [],
      } satisfies RequestStep);
    }
    const same: PathExpectation[] =
      identity && variable ? [{ path: identity, check: { kind: 'same-as', variable }, position: params.position }] : [];
    steps.push({
      ...base,
      name: `retry-safe: the first attempt and ${retries} ${retries === 1 ? 'retry' : 'retries'}`,
      meaning: 'duplicate: a retry named a different result than the attempt it retried',
      request,
      repeat: retries + 1,
      concurrent: false,
      expect: { status: unionStatus(status, failure), tolerate: failure, headers: [], body: same },
      captures: identity && variable ? [{ variable, path: identity, position: params.position }] : [],
    } satisfies RequestStep);
    steps.push(
      sideEffectStep(
        effect,
        { equals },
        {
          name: `retry-safe: ${effect.name} happened ${equals === 1 ? 'once' : `${equals} times`}`,
          meaning: `duplicate: the retry repeated ${effect.name} after the first attempt had already done it`,
          invariant: 'retry-safe',
          position: params.position,
        },
      ),
    );
    if (reset) {
      steps.push({
        ...base,
        always: true,
        name: 'retry-safe: reset the fault',
        request: reset,
        repeat: 1,
        concurrent: false,
        expect: { status: SUCCESS, headers: [], body: [] },
        captures: [],
      } satisfies RequestStep);
    }
    return steps;
  },
};
