import type { CountExpectation, QueryStep, RequestSpec, StatusSet } from '../../model.js';
import type { MapEntry, MapNode, Position, SourceNode } from '../../source/SourceNode.js';
import type { Template } from '../../template.js';
import type { CompileContext } from '../CompileContext.js';
import { compilePath, compileStatus } from '../expect.js';
import { asInt, asMap, asText, fieldsOf } from '../read.js';
import { requestRef } from '../request.js';
import { type SideEffect, sideEffectRef } from '../sideEffects.js';

/** The parameters of one invariant line, read with the invariant's name in every message. */
export class InvariantParams {
  readonly fields: ReadonlyMap<string, MapEntry>;
  readonly number: number;

  constructor(
    readonly kind: string,
    readonly node: MapNode,
    allowed: readonly string[],
    readonly context: CompileContext,
  ) {
    this.fields = fieldsOf(node, allowed, context.issues, kind);
    context.invariantCount += 1;
    this.number = context.invariantCount;
  }

  /** The mapping an invariant line holds, or an issue. */
  static mapOf(kind: string, entry: ReadonlyMap<string, MapEntry>, context: CompileContext): MapNode | undefined {
    const node = entry.get(kind)?.value;
    return node && asMap(node, kind, context.issues);
  }

  get position(): Position {
    return this.node.pos;
  }

  has(field: string): boolean {
    return this.fields.has(field);
  }

  /** A required field's node, or an issue naming it. */
  required(field: string, hint: string): SourceNode | undefined {
    const node = this.fields.get(field)?.value;
    return node ?? this.context.issues.add(this.node.pos, `${this.kind} needs ${field}: ${hint}`);
  }

  /** The request to repeat: named, or inline (then rendered once per run, like a named one). */
  request(field: string, hint: string): RequestSpec | undefined {
    const node = field === 'request' ? this.required(field, hint) : this.fields.get(field)?.value;
    return node && requestRef(node, `${this.kind}.${field}`, this.context, `${this.kind}#${this.number}.${field}`);
  }

  int(field: string, fallback: number, min: number, max: number): number | undefined {
    const node = this.fields.get(field)?.value;
    return node ? asInt(node, `${this.kind}.${field}`, min, max, this.context.issues) : fallback;
  }

  status(field: string, fallback: StatusSet): StatusSet | undefined {
    const node = this.fields.get(field)?.value;
    return node ? compileStatus(node, `${this.kind}.${field}`, this.context) : fallback;
  }

  path(field: string): Template | undefined {
    const node = this.fields.get(field)?.value;
    const text = node && asText(node, `${this.kind}.${field}`, this.context.issues);
    return node && text !== undefined ? compilePath(text, node.pos, this.context) : undefined;
  }

  /** The variable the identity is captured into: the one named, or an internal one. */
  captureName(): string | undefined {
    const node = this.fields.get('capture')?.value;
    const name = node ? asText(node, `${this.kind}.capture`, this.context.issues) : `__${this.kind}_${this.number}`;
    if (name !== undefined && !/^[A-Za-z_][\w-]*$/.test(name)) {
      return this.context.issues.add(node?.pos ?? this.node.pos, `capture name "${name}" must be a plain name`);
    }
    if (name !== undefined) this.context.captured.add(name);
    return name;
  }

  sideEffect(): SideEffect | undefined {
    const node = this.fields.get('side-effect')?.value;
    return node && sideEffectRef(node, this.context);
  }
}

/** Accepted as success unless an invariant is told otherwise. */
export const SUCCESS: StatusSet = { codes: [], classes: [2] };

/** Statuses in either set. */
export function unionStatus(a: StatusSet, b: StatusSet): StatusSet {
  return { codes: [...a.codes, ...b.codes], classes: [...a.classes, ...b.classes] };
}

/** The step that checks a side effect happened the expected number of times. */
export function sideEffectStep(
  effect: SideEffect,
  expected: CountExpectation,
  options: { name: string; meaning: string; invariant: string; position: Position },
): QueryStep {
  return {
    kind: 'query',
    name: options.name,
    position: options.position,
    meaning: options.meaning,
    always: false,
    invariant: options.invariant,
    query: effect.query,
    count: effect.count,
    expectCount: expected,
    expect: [],
    captures: [],
    sideEffect: effect.name,
  };
}
