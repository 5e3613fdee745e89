import { checkJsonPath } from '../jsonPath.js';
import type {
  Capture,
  HeaderExpectation,
  PathExpectation,
  ResponseExpectation,
  StatusSet,
  ValueCheck,
} from '../model.js';
import type { MapNode, Position, SourceNode } from '../source/SourceNode.js';
import type { Template } from '../template.js';
import type { CompileContext } from './CompileContext.js';
import { didYouMean } from './Issues.js';
import { asInt, asMap, asText, fieldsOf, oneOrMany } from './read.js';
import { compileJsonTemplate, knownNames, templateOf } from './templates.js';

const OPERATORS = ['equals', 'matches', 'same-as', 'absent', 'present', 'count', 'one-of'];

/** A JSON path (a template: `${order}` may appear in a filter), checked for syntax. */
export function compilePath(text: string, pos: Position, context: CompileContext): Template | undefined {
  const problem = checkJsonPath(text);
  if (problem !== undefined) return context.issues.add(pos, problem);
  return templateOf(text, pos, context);
}

/** `201`, `2xx`, or a list of them. */
export function compileStatus(node: SourceNode, what: string, context: CompileContext): StatusSet | undefined {
  const codes: number[] = [];
  const classes: number[] = [];
  for (const item of oneOrMany(node)) {
    const value = item.kind === 'scalar' ? item.value : undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599) codes.push(value);
    else if (typeof value === 'string' && /^[1-5]xx$/i.test(value)) classes.push(Number(value[0]));
    else return context.issues.add(item.pos, `${what} must be a status (201), a class (2xx) or a list of them`);
  }
  return { codes, classes };
}

/** `capture: { order: $.order_id }`; the variables become known to the steps that follow. */
export function compileCaptures(node: SourceNode | undefined, context: CompileContext): Capture[] | undefined {
  if (node === undefined) return [];
  const map = asMap(node, 'capture', context.issues);
  if (map === undefined) return undefined;
  const captures: Capture[] = [];
  let ok = true;
  for (const entry of map.entries) {
    if (!/^[A-Za-z_][\w-]*$/.test(entry.key)) {
      context.issues.add(entry.keyPos, `capture name "${entry.key}" must be a plain name`);
      ok = false;
      continue;
    }
    const text = asText(entry.value, `capture ${entry.key}`, context.issues);
    const path = text === undefined ? undefined : compilePath(text, entry.value.pos, context);
    if (path === undefined) ok = false;
    else captures.push({ variable: entry.key, path, position: entry.value.pos });
  }
  for (const capture of captures) context.captured.add(capture.variable);
  return ok ? captures : undefined;
}

/** `$.path: check` lines: body expectations, or query result expectations. */
export function compilePathExpectations(map: MapNode, context: CompileContext): PathExpectation[] | undefined {
  const expectations = map.entries.map((entry) => {
    const path = compilePath(entry.key, entry.keyPos, context);
    const check = compileCheck(entry.value, context);
    return path && check ? { path, check, position: entry.keyPos } : undefined;
  });
  return expectations.every((item) => item !== undefined) ? expectations : undefined;
}

/**
 * A value check: a plain value means equals; a mapping with one operator key (`matches`,
 * `same-as`, `absent`, `present`, `count`, `one-of`, `equals`) is that operator.
 */
export function compileCheck(node: SourceNode, context: CompileContext): ValueCheck | undefined {
  const [only] = node.kind === 'map' ? node.entries : [];
  if (node.kind !== 'map' || node.entries.length !== 1 || only === undefined || !OPERATORS.includes(only.key)) {
    const value = compileJsonTemplate(node, 'expected value', context);
    return value && { kind: 'equals', value };
  }
  const { issues } = context;
  const operand = only.value;
  switch (only.key) {
    case 'equals': {
      const value = compileJsonTemplate(operand, 'expected value', context);
      return value && { kind: 'equals', value };
    }
    case 'matches': {
      const pattern = asText(operand, 'matches', issues);
      if (pattern === undefined) return undefined;
      try {
        new RegExp(pattern);
      } catch (error) {
        return issues.add(operand.pos, `bad regular expression: ${(error as Error).message}`);
      }
      return { kind: 'matches', pattern };
    }
    case 'same-as': {
      const variable = asText(operand, 'same-as', issues)?.replace(/^\$\{(.*)\}$/, '$1');
      if (variable === undefined) return undefined;
      const known = knownNames(context);
      if (!known.includes(variable)) {
        return issues.add(
          operand.pos,
          `same-as: unknown variable "${variable}"${didYouMean(variable, known)}; capture it in an earlier step`,
        );
      }
      return { kind: 'same-as', variable };
    }
    case 'count': {
      const count = asInt(operand, 'count', 0, 1_000_000, issues);
      return count === undefined ? undefined : { kind: 'count', count };
    }
    case 'one-of': {
      const values = oneOrMany(operand).map((item) => compileJsonTemplate(item, 'one-of', context));
      return values.every((value) => value !== undefined) ? { kind: 'one-of', values } : undefined;
    }
    default:
      return { kind: only.key as 'absent' | 'present' };
  }
}

const EXPECT_FIELDS = ['status', 'tolerate', 'headers', 'body'];

/** A request step's `expect:`; `$.path` keys at its top level are body expectations too. */
export function compileResponseExpectation(
  node: SourceNode | undefined,
  context: CompileContext,
): ResponseExpectation | undefined {
  if (node === undefined) return { headers: [], body: [] };
  const map = asMap(node, 'expect', context.issues);
  if (map === undefined) return undefined;
  const inlineBody: MapNode = { ...map, entries: map.entries.filter((entry) => entry.key.startsWith('$')) };
  const rest: MapNode = { ...map, entries: map.entries.filter((entry) => !entry.key.startsWith('$')) };
  const fields = fieldsOf(rest, EXPECT_FIELDS, context.issues, 'expect');
  const statusNode = fields.get('status')?.value;
  const tolerateNode = fields.get('tolerate')?.value;
  const status = statusNode && compileStatus(statusNode, 'expect.status', context);
  const tolerate = tolerateNode && compileStatus(tolerateNode, 'expect.tolerate', context);
  const headers = compileHeaderExpectations(fields.get('headers')?.value, context);
  const bodyNode = fields.get('body')?.value;
  const bodyMap = bodyNode && asMap(bodyNode, 'expect.body', context.issues);
  const body = compilePathExpectations(
    { ...map, entries: [...inlineBody.entries, ...(bodyMap?.entries ?? [])] },
    context,
  );
  if ((statusNode && !status) || (tolerateNode && !tolerate) || !headers || !body || (bodyNode && !bodyMap)) {
    return undefined;
  }
  return { ...(status ? { status } : {}), ...(tolerate ? { tolerate } : {}), headers, body };
}

function compileHeaderExpectations(
  node: SourceNode | undefined,
  context: CompileContext,
): HeaderExpectation[] | undefined {
  if (node === undefined) return [];
  const map = asMap(node, 'expect.headers', context.issues);
  if (map === undefined) return undefined;
  const headers = map.entries.map((entry) => {
    const check = compileCheck(entry.value, context);
    return check && { header: entry.key.toLowerCase(), check, position: entry.keyPos };
  });
  return headers.every((header) => header !== undefined) ? headers : undefined;
}
