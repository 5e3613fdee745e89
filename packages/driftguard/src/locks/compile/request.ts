import type { RequestSpec, SignSpec } from '../model.js';
import type { MapNode, SourceNode } from '../source/SourceNode.js';
import { parseTemplate, type Template } from '../template.js';
import { type CompileContext, SIGN_VARIABLES } from './CompileContext.js';
import { didYouMean } from './Issues.js';
import { asMap, asText, fieldsOf } from './read.js';
import { compileJsonTemplate, compileTemplate } from './templates.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const REQUEST_FIELDS = ['method', 'path', 'target', 'headers', 'json', 'body', 'sign'];
const SIGN_FIELDS = ['secret', 'header', 'algorithm', 'payload', 'value', 'encoding'];

/**
 * A request a step names: a `requests:` entry (compiled once, at its first use, and rendered once
 * per run so every use sends the same bytes), or an inline mapping. `anonymousName` makes an inline
 * request behave like a named one (invariants resend the same request).
 */
export function requestRef(
  node: SourceNode,
  what: string,
  context: CompileContext,
  anonymousName?: string,
): RequestSpec | undefined {
  if (node.kind !== 'scalar') {
    const map = asMap(node, what, context.issues);
    return map && compileRequest(map, what, context, anonymousName);
  }
  const name = String(node.value);
  const source = context.requestNodes.get(name);
  if (source === undefined) {
    const known = [...context.requestNodes.keys()];
    return context.issues.add(
      node.pos,
      `unknown request "${name}"${didYouMean(name, known)}; declared under requests: ${known.join(', ') || 'none'}`,
    );
  }
  return namedRequest(name, context);
}

/** Compiles a `requests:` entry on first use; later uses get the same spec. */
export function namedRequest(name: string, context: CompileContext): RequestSpec | undefined {
  if (context.requests.has(name)) return context.requests.get(name) ?? undefined;
  const source = context.requestNodes.get(name);
  const map = source && asMap(source, `requests.${name}`, context.issues);
  const spec = map && compileRequest(map, `requests.${name}`, context, name);
  context.requests.set(name, spec ?? null);
  return spec;
}

function compileRequest(map: MapNode, what: string, context: CompileContext, name?: string): RequestSpec | undefined {
  const { issues } = context;
  const fields = fieldsOf(map, REQUEST_FIELDS, issues, what);
  const methodNode = fields.get('method')?.value;
  const method = methodNode ? asText(methodNode, `${what}.method`, issues)?.toUpperCase() : 'GET';
  if (methodNode && method !== undefined && !METHODS.includes(method)) {
    issues.add(methodNode.pos, `unknown HTTP method "${method}"; expected ${METHODS.join(', ')}`);
  }
  const pathEntry = fields.get('path');
  if (pathEntry === undefined) return issues.add(map.pos, `${what} needs a path (such as /orders)`);
  const path = compileTemplate(pathEntry.value, `${what}.path`, context);
  const target = compileTarget(fields.get('target')?.value, what, context);
  const headers = compileHeaders(fields.get('headers')?.value, what, context);
  const jsonNode = fields.get('json')?.value;
  const textNode = fields.get('body')?.value;
  if (jsonNode && textNode) issues.add(textNode.pos, `${what} has both json and body; send one`);
  const json = jsonNode && compileJsonTemplate(jsonNode, `${what}.json`, context);
  const text = textNode && compileTemplate(textNode, `${what}.body`, context);
  const signNode = fields.get('sign')?.value;
  const sign = signNode && compileSign(signNode, `${what}.sign`, context);
  if (method === undefined || path === undefined || target === undefined || headers === undefined) return undefined;
  if ((jsonNode && !json) || (textNode && !text) || (signNode && !sign)) return undefined;
  return {
    ...(name === undefined ? {} : { name }),
    target,
    method,
    path,
    headers,
    ...(json === undefined ? {} : { json }),
    ...(text === undefined ? {} : { text }),
    ...(sign === undefined ? {} : { sign }),
    position: map.pos,
  };
}

function compileTarget(node: SourceNode | undefined, what: string, context: CompileContext): string | undefined {
  if (node === undefined) return 'default';
  const target = asText(node, `${what}.target`, context.issues);
  if (target === undefined || target === 'default' || context.targets.has(target)) return target;
  const known = [...context.targets];
  return context.issues.add(
    node.pos,
    `unknown target "${target}"${didYouMean(target, known)}; declare it under targets: (known: ${known.join(', ') || 'none'})`,
  );
}

function compileHeaders(
  node: SourceNode | undefined,
  what: string,
  context: CompileContext,
): (readonly [string, Template])[] | undefined {
  if (node === undefined) return [];
  const map = asMap(node, `${what}.headers`, context.issues);
  if (map === undefined) return undefined;
  const headers = map.entries.map(
    (entry) => [entry.key, compileTemplate(entry.value, `header ${entry.key}`, context)] as const,
  );
  return headers.every(([, value]) => value !== undefined) ? (headers as [string, Template][]) : undefined;
}

function compileSign(node: SourceNode, what: string, context: CompileContext): SignSpec | undefined {
  const { issues } = context;
  const map = asMap(node, what, issues);
  if (map === undefined) return undefined;
  const fields = fieldsOf(map, SIGN_FIELDS, issues, what);
  const secretNode = fields.get('secret')?.value;
  const headerNode = fields.get('header')?.value;
  if (secretNode === undefined || headerNode === undefined) {
    return issues.add(map.pos, `${what} needs secret and header (the HMAC key and the header that carries it)`);
  }
  const algorithm = choice(fields.get('algorithm')?.value, ['sha256', 'sha1', 'sha512'], 'sha256', context);
  const encoding = choice(fields.get('encoding')?.value, ['hex', 'base64'], 'hex', context);
  const extra = { extra: SIGN_VARIABLES };
  const text = (field: string, fallback: string) => {
    const given = fields.get(field)?.value;
    return given ? compileTemplate(given, `${what}.${field}`, context, extra) : parseDefault(fallback);
  };
  const payload = text('payload', `\${timestamp}.\${body}`);
  const value = text('value', `\${signature}`);
  const secret = compileTemplate(secretNode, `${what}.secret`, context);
  const header = asText(headerNode, `${what}.header`, issues);
  if (!algorithm || !encoding || !payload || !value || !secret || header === undefined) return undefined;
  return {
    algorithm: algorithm as SignSpec['algorithm'],
    encoding: encoding as SignSpec['encoding'],
    secret,
    header,
    payload,
    value,
    position: map.pos,
  };
}

/** A built-in default template (always well formed). */
function parseDefault(source: string): Template {
  return parseTemplate(source) as Template;
}

function choice(
  node: SourceNode | undefined,
  options: readonly string[],
  fallback: string,
  context: CompileContext,
): string | undefined {
  if (node === undefined) return fallback;
  const value = asText(node, 'value', context.issues)?.replace(/^hmac-/, '');
  if (value !== undefined && options.includes(value)) return value;
  return context.issues.add(node.pos, `expected one of ${options.join(', ')}, got "${value}"`);
}
