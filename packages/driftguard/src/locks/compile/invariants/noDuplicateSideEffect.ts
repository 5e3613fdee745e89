import type { SourceNode } from '../../source/SourceNode.js';
import { sideEffectRef } from '../sideEffects.js';
import type { StepKind } from '../stepKind.js';
import { InvariantParams, sideEffectStep } from './invariantParams.js';

/**
 * `no-duplicate-side-effect: NAME` (or `{ side-effect: NAME, equals: 1 }`): after the steps before
 * it, the declared side effect happened exactly `equals` times, not more.
 */
export const noDuplicateSideEffect: StepKind = {
  fields: [],
  compile(_step, fields, context) {
    const node = fields.get('no-duplicate-side-effect')?.value as SourceNode;
    let effectNode: SourceNode | undefined = node;
    let equals: number | undefined = 1;
    if (node.kind === 'map') {
      const params = new InvariantParams('no-duplicate-side-effect', node, ['side-effect', 'equals'], context);
      effectNode = params.required('side-effect', 'the name of a side effect declared under side-effects:');
      equals = params.int('equals', 1, 0, 1_000_000);
    }
    const effect = effectNode && sideEffectRef(effectNode, context);
    if (effect === undefined || equals === undefined) return undefined;
    return [
      sideEffectStep(
        effect,
        { equals },
        {
          name: `no duplicate side effect: ${effect.name}`,
          meaning: `duplicate side effect: ${effect.name} happened more often than ${equals === 1 ? 'once' : `${equals} times`}`,
          invariant: 'no-duplicate-side-effect',
          position: node.pos,
        },
      ),
    ];
  },
};
