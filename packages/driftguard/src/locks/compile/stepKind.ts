import type { Step } from '../model.js';
import type { MapEntry, MapNode } from '../source/SourceNode.js';
import type { CompileContext } from './CompileContext.js';
import { asBool, asText } from './read.js';

/** Compiles one kind of step: the fields it takes besides its kind, and how it becomes model steps. */
export interface StepKind {
  readonly fields: readonly string[];
  compile(entry: MapNode, fields: ReadonlyMap<string, MapEntry>, context: CompileContext): Step[] | undefined;
}

/** Fields every step takes. */
export const COMMON_FIELDS = ['name', 'because', 'always'];

/** `name`, `because` and `always` of a step; the name defaults to what the step does. */
export function commonOf(
  fields: ReadonlyMap<string, MapEntry>,
  fallbackName: string,
  context: CompileContext,
): { name: string; meaning?: string; always: boolean } | undefined {
  const nameNode = fields.get('name')?.value;
  const name = nameNode ? asText(nameNode, 'name', context.issues) : fallbackName;
  const becauseNode = fields.get('because')?.value;
  const meaning = becauseNode && asText(becauseNode, 'because', context.issues);
  const alwaysNode = fields.get('always')?.value;
  const always = alwaysNode ? asBool(alwaysNode, 'always', context.issues) : false;
  if (name === undefined || always === undefined || (becauseNode && meaning === undefined)) return undefined;
  return { name, ...(meaning === undefined ? {} : { meaning }), always };
}
