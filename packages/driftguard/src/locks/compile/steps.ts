import type { QueryStep, RequestStep, Step } from '../model.js';
import type { MapEntry, MapNode, SourceNode } from '../source/SourceNode.js';
import type { CompileContext } from './CompileContext.js';
import { compileCaptures, compilePathExpectations, compileResponseExpectation } from './expect.js';
import { didYouMean } from './Issues.js';
import { INVARIANTS } from './invariants/index.js';
import { asBool, asInt, asMap, fieldsOf } from './read.js';
import { requestRef } from './request.js';
import { compileCountExpectation, compileCountRule, compileQuerySource } from './sideEffects.js';
import { compileSnapshot } from './snapshot.js';
import { COMMON_FIELDS as COMMON, commonOf, type StepKind } from './stepKind.js';

const STEP_KINDS: Readonly<Record<string, StepKind>> = {
  request: {
    fields: ['repeat', 'concurrent', 'expect', 'capture', 'snapshot', ...COMMON],
    compile: (entry, fields, context) => {
      const step = compileRequestStep(entry, fields, context);
      return step && [step];
    },
  },
  sql: { fields: ['count', 'equals', 'at-most', 'at-least', 'expect', 'capture', ...COMMON], compile: queryStep },
  http: {
    fields: ['status', 'count', 'equals', 'at-most', 'at-least', 'expect', 'capture', ...COMMON],
    compile: queryStep,
  },
  ...INVARIANTS,
};

/** Every step kind, for messages. */
export const STEP_KIND_NAMES = Object.keys(STEP_KINDS);

/** A `steps:` item: finds its kind (the one key naming a step kind), checks its fields, compiles it. */
export function compileStep(node: SourceNode, index: number, context: CompileContext): Step[] | undefined {
  const { issues } = context;
  const map = asMap(node, `step ${index + 1}`, issues);
  if (map === undefined) return undefined;
  const kinds = map.entries.filter((entry) => Object.hasOwn(STEP_KINDS, entry.key));
  if (kinds.length !== 1 || kinds[0] === undefined) {
    if (kinds.length > 1) {
      return issues.add(map.pos, `a step has one kind; this one has ${kinds.map((k) => k.key).join(' and ')}`);
    }
    const stray = map.entries.find((entry) => !COMMON.includes(entry.key));
    const got = stray ? ` "${stray.key}"${didYouMean(stray.key, STEP_KIND_NAMES)}` : ' (none given)';
    return issues.add(
      stray?.keyPos ?? map.pos,
      `unknown step kind${got}; expected one of ${STEP_KIND_NAMES.join(', ')}`,
    );
  }
  const kind = STEP_KINDS[kinds[0].key] as StepKind;
  const fields = fieldsOf(map, [kinds[0].key, ...kind.fields], issues, `a ${kinds[0].key} step`);
  return kind.compile(map, fields, context);
}

function compileRequestStep(
  entry: MapNode,
  fields: ReadonlyMap<string, MapEntry>,
  context: CompileContext,
): RequestStep | undefined {
  const { issues } = context;
  const requestNode = fields.get('request')?.value as SourceNode;
  const request = requestRef(requestNode, 'request', context);
  const repeatNode = fields.get('repeat')?.value;
  const repeat = repeatNode ? asInt(repeatNode, 'repeat', 1, 10_000, issues) : 1;
  const concurrentNode = fields.get('concurrent')?.value;
  const concurrent = concurrentNode ? asBool(concurrentNode, 'concurrent', issues) : false;
  const captures = compileCaptures(fields.get('capture')?.value, context);
  const expect = compileResponseExpectation(fields.get('expect')?.value, context);
  const snapshotNode = fields.get('snapshot')?.value;
  const snapshot = snapshotNode && compileSnapshot(snapshotNode, context);
  const label = request ? `${request.method} ${request.name ?? request.path.source}` : 'request';
  const common = commonOf(fields, label, context);
  if (!request || !repeat || concurrent === undefined || !captures || !expect || !common) return undefined;
  if (snapshotNode && !snapshot) return undefined;
  return {
    kind: 'request',
    ...common,
    position: entry.pos,
    request,
    repeat,
    concurrent,
    expect,
    captures,
    ...(snapshot ? { snapshot } : {}),
  };
}

function queryStep(
  entry: MapNode,
  fields: ReadonlyMap<string, MapEntry>,
  context: CompileContext,
): QueryStep[] | undefined {
  const query = compileQuerySource(fields, entry.pos, 'this step', context);
  const count = compileCountRule(fields.get('count')?.value, context);
  const expectCount = compileCountExpectation(fields, context);
  const captures = compileCaptures(fields.get('capture')?.value, context);
  const expectNode = fields.get('expect')?.value;
  const expectMap = expectNode && asMap(expectNode, 'expect', context.issues);
  const expect = expectMap ? compilePathExpectations(expectMap, context) : [];
  const label = query?.kind === 'sql' ? 'sql' : `http ${query?.request.name ?? query?.request.path.source ?? ''}`;
  const common = commonOf(fields, label.trim(), context);
  if (!query || !count || expectCount === null || !captures || !expect || !common) return undefined;
  if (expectNode && !expectMap) return undefined;
  return [
    {
      kind: 'query',
      ...common,
      position: entry.pos,
      query,
      count,
      ...(expectCount ? { expectCount } : {}),
      expect,
      captures,
    },
  ];
}
