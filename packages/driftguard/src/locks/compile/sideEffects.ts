import type { CountExpectation, CountRule, HttpQuery, SqlQuery } from '../model.js';
import type { MapEntry, Position, SourceNode } from '../source/SourceNode.js';
import { parseNamedSql } from '../sqlParams.js';
import type { CompileContext } from './CompileContext.js';
import { compilePath, compileStatus } from './expect.js';
import { didYouMean } from './Issues.js';
import { asInt, asMap, asText, fieldsOf } from './read.js';
import { requestRef } from './request.js';
import { knownNames } from './templates.js';

/** A declared side effect (`side-effects:`): a query whose count says how often something happened. */
export interface SideEffect {
  readonly name: string;
  readonly query: SqlQuery | HttpQuery;
  readonly count: CountRule;
  readonly position: Position;
}

const SIDE_EFFECT_FIELDS = ['sql', 'http', 'count', 'status'];

/** A side effect by name, compiled on first use (so its variables are checked against what is captured by then). */
export function sideEffectRef(node: SourceNode, context: CompileContext): SideEffect | undefined {
  const name = asText(node, 'side-effect', context.issues);
  if (name === undefined) return undefined;
  if (context.sideEffects.has(name)) return context.sideEffects.get(name) ?? undefined;
  const source = context.sideEffectNodes.get(name);
  if (source === undefined) {
    const known = [...context.sideEffectNodes.keys()];
    return context.issues.add(
      node.pos,
      `unknown side effect "${name}"${didYouMean(name, known)}; declared under side-effects: ${known.join(', ') || 'none'}`,
    );
  }
  const effect = compileSideEffect(name, source, context);
  context.sideEffects.set(name, effect ?? null);
  return effect;
}

/** Compiles a `side-effects:` entry; also used for the ones no step mentions, so their mistakes show. */
export function compileSideEffect(name: string, node: SourceNode, context: CompileContext): SideEffect | undefined {
  const what = `side-effects.${name}`;
  const map = asMap(node, what, context.issues);
  if (map === undefined) return undefined;
  const fields = fieldsOf(map, SIDE_EFFECT_FIELDS, context.issues, what);
  const query = compileQuerySource(fields, map.pos, what, context);
  const count = compileCountRule(fields.get('count')?.value, context);
  return query && count && { name, query, count, position: map.pos };
}

/** The `sql:` or `http:` of a query step or side effect (exactly one of them). */
export function compileQuerySource(
  fields: ReadonlyMap<string, MapEntry>,
  pos: Position,
  what: string,
  context: CompileContext,
): SqlQuery | HttpQuery | undefined {
  const sql = fields.get('sql')?.value;
  const http = fields.get('http')?.value;
  if ((sql === undefined) === (http === undefined)) return context.issues.add(pos, `${what} needs one of sql or http`);
  if (sql !== undefined) return compileSql(sql, context);
  if (http === undefined) return undefined;
  const request = requestRef(http, `${what}.http`, context);
  const statusNode = fields.get('status')?.value;
  const status = statusNode ? compileStatus(statusNode, 'status', context) : { codes: [], classes: [2] };
  return request && status && { kind: 'http', request, status };
}

/**
 * An SQL query; each `:name` binds the variable `name`, or `unique.name` when the lock has no
 * variable `name` but mentions `${unique.name}`.
 */
function compileSql(node: SourceNode, context: CompileContext): SqlQuery | undefined {
  const text = asText(node, 'sql', context.issues);
  if (text === undefined) return undefined;
  const sql = parseNamedSql(text);
  const known = knownNames(context);
  const bindings = new Map<string, string>();
  for (const { name } of sql.params) {
    if (known.includes(name) || (name.startsWith('unique.') && context.uniqueNames.has(name.slice(7)))) {
      bindings.set(name, name);
    } else if (context.uniqueNames.has(name)) bindings.set(name, `unique.${name}`);
    else {
      context.issues.add(
        node.pos,
        `unknown variable :${name} in sql${didYouMean(name, known)}; known here: ${[...known, ...[...context.uniqueNames].map((u) => `unique.${u}`)].join(', ')}`,
      );
    }
  }
  return bindings.size === new Set(sql.params.map((param) => param.name)).size
    ? { kind: 'sql', sql, bindings, position: node.pos }
    : undefined;
}

/** `count: rows`, `count: $.path` (how many values it selects, or the number it names), or automatic. */
export function compileCountRule(node: SourceNode | undefined, context: CompileContext): CountRule | undefined {
  if (node === undefined) return { kind: 'auto' };
  const text = asText(node, 'count', context.issues);
  if (text === undefined) return undefined;
  if (text === 'rows') return { kind: 'rows' };
  const path = compilePath(text, node.pos, context);
  return path && { kind: 'path', path };
}

/** `equals`, `at-most`, `at-least` of a query step. */
export function compileCountExpectation(
  fields: ReadonlyMap<string, MapEntry>,
  context: CompileContext,
): CountExpectation | undefined | null {
  const bound = (field: string) => {
    const node = fields.get(field)?.value;
    return node === undefined ? undefined : asInt(node, field, 0, Number.MAX_SAFE_INTEGER, context.issues);
  };
  const [equals, atMost, atLeast] = [bound('equals'), bound('at-most'), bound('at-least')];
  const given = ['equals', 'at-most', 'at-least'].filter((field) => fields.has(field));
  if ([equals, atMost, atLeast].filter((value) => value !== undefined).length !== given.length) return null;
  if (given.length === 0) return undefined;
  return {
    ...(equals === undefined ? {} : { equals }),
    ...(atMost === undefined ? {} : { atMost }),
    ...(atLeast === undefined ? {} : { atLeast }),
  };
}
