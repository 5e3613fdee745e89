import type { RequestStep, Step } from '../../model.js';
import type { StepKind } from '../stepKind.js';
import { InvariantParams, SUCCESS, sideEffectStep, unionStatus } from './invariantParams.js';

const FIELDS = ['request', 'identity', 'times', 'concurrent', 'status', 'conflict', 'side-effect', 'equals', 'capture'];

/**
 * `idempotent`: the same request (one rendering, so one key) sent `concurrent` times at once, then
 * `times` times in sequence. Every answer that is not a tolerated conflict (409) names the same
 * identity, and the declared side effect happened `equals` (1) times.
 */
export const idempotent: StepKind = {
  fields: [],
  compile(_step, fields, context) {
    const node = InvariantParams.mapOf('idempotent', fields, context);
    if (node === undefined) return undefined;
    const params = new InvariantParams('idempotent', node, FIELDS, context);
    const request = params.request('request', 'the request to repeat (a name under requests:, or a mapping)');
    const identityNode = params.required('identity', 'the JSON path that names what the request created ($.order_id)');
    const identity = identityNode && params.path('identity');
    const times = params.int('times', 3, 1, 1000);
    const concurrent = params.int('concurrent', 5, 0, 1000);
    const status = params.status('status', SUCCESS);
    const conflict = params.status('conflict', { codes: [409], classes: [] });
    const variable = params.captureName();
    const effect = params.sideEffect();
    const equals = params.int('equals', 1, 0, 1_000_000);
    if (!request || !identity || !times || concurrent === undefined || !status || !conflict || !variable) return;
    if ((params.has('side-effect') && !effect) || equals === undefined) return undefined;

    const base = {
      kind: 'request',
      request,
      always: false,
      invariant: 'idempotent',
      position: params.position,
    } as const;
    const same = { path: identity, check: { kind: 'same-as', variable }, position: params.position } as const;
    const capture = [{ variable, path: identity, position: params.position }];
    const steps: Step[] = [];
    if (concurrent > 0) {
      steps.push({
        ...base,
        name: `idempotent: ${concurrent} concurrent copies of ${request.name ?? request.path.source}`,
        meaning: `duplicate: copies of one request sent at once named different ${identity.source} values`,
        repeat: concurrent,
        concurrent: true,
        expect: { status: unionStatus(status, conflict), tolerate: conflict, headers: [], body: [same] },
        captures: capture,
      } satisfies RequestStep);
    }
    steps.push({
      ...base,
      name: `idempotent: ${times} copies in sequence`,
      meaning: `duplicate: resending the same request named another ${identity.source}`,
      repeat: times,
      concurrent: false,
      expect: { status, headers: [], body: [same] },
      captures: concurrent > 0 ? [] : capture,
    } satisfies RequestStep);
    if (effect) {
      steps.push(
        sideEffectStep(
          effect,
          { equals },
          {
            name: `idempotent: side effect ${effect.name} happened ${equals === 1 ? 'once' : `${equals} times`}`,
            meaning: `duplicate side effect: one request, repeated ${concurrent + times} times with one key, ran ${effect.name} again`,
            invariant: 'idempotent',
            position: params.position,
          },
        ),
      );
    }
    return steps;
  },
};
