import type { Position, SourceNode } from '../source/SourceNode.js';
import { type JsonTemplate, parseTemplate, type Template, templateRefs, type VariableRef } from '../template.js';
import { BUILTIN_VARIABLES, type CompileContext } from './CompileContext.js';
import { didYouMean } from './Issues.js';
import { asText } from './read.js';

/** Options of template checks: extra names allowed here (a signature's `${timestamp}`). */
export interface TemplateOptions {
  readonly extra?: readonly string[];
}

/** Parses a scalar as a template and checks its variables; undefined (and an issue) when it is bad. */
export function compileTemplate(
  node: SourceNode,
  what: string,
  context: CompileContext,
  options: TemplateOptions = {},
): Template | undefined {
  const text = asText(node, what, context.issues);
  if (text === undefined) return undefined;
  return templateOf(text, node.pos, context, options);
}

/** Parses `text` (written at `pos`) as a template and checks its variables. */
export function templateOf(
  text: string,
  pos: Position,
  context: CompileContext,
  options: TemplateOptions = {},
): Template | undefined {
  const parsed = parseTemplate(text);
  if (typeof parsed === 'string') return context.issues.add(pos, parsed);
  const bad = templateRefs(parsed).filter((ref) => !checkRef(ref, pos, context, options));
  return bad.length === 0 ? parsed : undefined;
}

/** Whether a reference can be resolved at this point of the lock; reports it when not. */
export function checkRef(ref: VariableRef, pos: Position, context: CompileContext, options: TemplateOptions): boolean {
  const family = ref.name.includes('.') ? ref.name.slice(0, ref.name.indexOf('.')) : undefined;
  if (ref.fallback !== undefined && family !== 'env') {
    context.issues.add(pos, `\${${ref.name}:-...}: only environment variables (\${env.NAME:-default}) take a default`);
    return false;
  }
  if (family === 'env' || family === 'unique') return true;
  if (family !== undefined) {
    context.issues.add(pos, `unknown variable \${${ref.name}}: dotted names are env.NAME and unique.NAME`);
    return false;
  }
  const known = knownNames(context, options);
  if (known.includes(ref.name)) return true;
  context.issues.add(
    pos,
    `unknown variable \${${ref.name}}${didYouMean(ref.name, known)}; known here: ${known.join(', ') || 'none'} (and unique.NAME, env.NAME)`,
  );
  return false;
}

/** Names a template may use at this point, in a stable order for messages. */
export function knownNames(context: CompileContext, options: TemplateOptions = {}): string[] {
  return [...context.declared, ...context.captured, ...BUILTIN_VARIABLES, ...(options.extra ?? [])];
}

/** A JSON value (body, variable) whose strings are templates. */
export function compileJsonTemplate(node: SourceNode, what: string, context: CompileContext): JsonTemplate | undefined {
  if (node.kind === 'scalar') {
    if (typeof node.value !== 'string') return { kind: 'literal', value: node.value };
    const template = templateOf(node.value, node.pos, context);
    return template === undefined ? undefined : { kind: 'text', template };
  }
  if (node.kind === 'seq') {
    const items = node.items.map((item) => compileJsonTemplate(item, what, context));
    return items.every((item) => item !== undefined) ? { kind: 'list', items } : undefined;
  }
  const entries = node.entries.map((entry) => [entry.key, compileJsonTemplate(entry.value, what, context)] as const);
  return entries.every(([, value]) => value !== undefined)
    ? { kind: 'object', entries: entries as [string, JsonTemplate][] }
    : undefined;
}
