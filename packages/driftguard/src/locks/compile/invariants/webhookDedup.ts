import type { PathExpectation, RequestStep, Step } from '../../model.js';
import { compilePathExpectations } from '../expect.js';
import { asMap } from '../read.js';
import type { StepKind } from '../stepKind.js';
import { InvariantParams, SUCCESS, sideEffectStep } from './invariantParams.js';

const FIELDS = ['request', 'times', 'concurrent', 'status', 'first', 'redelivery', 'side-effect', 'equals'];

/**
 * `webhook-dedup`: one signed event (rendered and signed once, so the same bytes) delivered `times`
 * times in sequence and then `concurrent` more at once. Every delivery is acknowledged; the first
 * answer meets `first`, the others `redelivery`; the side effect happened once.
 */
export const webhookDedup: StepKind = {
  fields: [],
  compile(_step, fields, context) {
    const node = InvariantParams.mapOf('webhook-dedup', fields, context);
    if (node === undefined) return undefined;
    const params = new InvariantParams('webhook-dedup', node, FIELDS, context);
    const request = params.request('request', 'the signed event delivery (a name under requests:, or a mapping)');
    const times = params.int('times', 2, 2, 1000);
    const concurrent = params.int('concurrent', 0, 0, 1000);
    const status = params.status('status', SUCCESS);
    const first = bodyExpectations(params, 'first');
    const redelivery = bodyExpectations(params, 'redelivery');
    const effect = params.sideEffect();
    const equals = params.int('equals', 1, 0, 1_000_000);
    if (!request || !times || concurrent === undefined || !status || !first || !redelivery) return undefined;
    if ((params.has('side-effect') && !effect) || equals === undefined) return undefined;

    const base = {
      kind: 'request',
      request,
      always: false,
      invariant: 'webhook-dedup',
      position: params.position,
      captures: [],
    } as const;
    const steps: Step[] = [
      {
        ...base,
        name: 'webhook-dedup: first delivery',
        repeat: 1,
        concurrent: false,
        expect: { status, headers: [], body: first },
      } satisfies RequestStep,
      {
        ...base,
        name: `webhook-dedup: ${times - 1} redeliver${times === 2 ? 'y' : 'ies'} of the same event`,
        meaning: 'duplicate: a redelivered event was processed again',
        repeat: times - 1,
        concurrent: false,
        expect: { status, headers: [], body: redelivery },
      } satisfies RequestStep,
    ];
    if (concurrent > 0) {
      steps.push({
        ...base,
        name: `webhook-dedup: ${concurrent} concurrent redeliveries`,
        meaning: 'duplicate: a concurrent redelivery was processed again',
        repeat: concurrent,
        concurrent: true,
        expect: { status, headers: [], body: redelivery },
      } satisfies RequestStep);
    }
    if (effect) {
      steps.push(
        sideEffectStep(
          effect,
          { equals },
          {
            name: `webhook-dedup: ${effect.name} happened ${equals === 1 ? 'once' : `${equals} times`}`,
            meaning: `duplicate: the same event, delivered ${times + concurrent} times, was processed more than once`,
            invariant: 'webhook-dedup',
            position: params.position,
          },
        ),
      );
    }
    return steps;
  },
};

function bodyExpectations(params: InvariantParams, field: string): PathExpectation[] | undefined {
  const node = params.fields.get(field)?.value;
  if (node === undefined) return [];
  const map = asMap(node, `webhook-dedup.${field}`, params.context.issues);
  return map && compilePathExpectations(map, params.context);
}
