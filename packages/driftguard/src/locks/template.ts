/** A `${name}` or `${name:-fallback}` inside a template. */
export interface VariableRef {
  readonly name: string;
  /** Used when the variable is unset (environment variables only). */
  readonly fallback?: string;
}

/** A string with `${...}` references, parsed once at load time. `$${` writes a literal `${`. */
export interface Template {
  readonly source: string;
  readonly parts: readonly (string | VariableRef)[];
}

/** A JSON value whose strings are templates: a request body, a variable's value. */
export type JsonTemplate =
  | { readonly kind: 'text'; readonly template: Template }
  | { readonly kind: 'literal'; readonly value: number | boolean | null }
  | { readonly kind: 'list'; readonly items: readonly JsonTemplate[] }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [string, JsonTemplate])[] };

const NAME = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)?$/;

/** Parses `source`; answers a sentence when a reference is unclosed or badly named. */
export function parseTemplate(source: string): Template | string {
  const parts: (string | VariableRef)[] = [];
  let text = '';
  let index = 0;
  while (index < source.length) {
    if (source.startsWith('$${', index)) {
      text += '${';
      index += 3;
      continue;
    }
    if (!source.startsWith('${', index)) {
      text += source[index];
      index += 1;
      continue;
    }
    const end = source.indexOf('}', index + 2);
    if (end < 0) return `unclosed \${ in "${source}" (write $\${ for a literal \${)`;
    const body = source.slice(index + 2, end);
    const split = body.indexOf(':-');
    const name = (split < 0 ? body : body.slice(0, split)).trim();
    if (!NAME.test(name)) return `bad variable name \${${body}} in "${source}"`;
    if (text !== '') parts.push(text);
    text = '';
    parts.push(split < 0 ? { name } : { name, fallback: body.slice(split + 2) });
    index = end + 1;
  }
  if (text !== '') parts.push(text);
  return { source, parts };
}

/** A template without references. */
export function literalTemplate(text: string): Template {
  return { source: text, parts: text === '' ? [] : [text] };
}

/** Every variable a template refers to. */
export function templateRefs(template: Template): VariableRef[] {
  return template.parts.filter((part): part is VariableRef => typeof part !== 'string');
}

/** Every variable a JSON template refers to. */
export function jsonTemplateRefs(template: JsonTemplate): VariableRef[] {
  if (template.kind === 'text') return templateRefs(template.template);
  if (template.kind === 'list') return template.items.flatMap(jsonTemplateRefs);
  if (template.kind === 'object') return template.entries.flatMap(([, value]) => jsonTemplateRefs(value));
  return [];
}

/** Looks a reference up at run time; throws when it cannot be resolved. */
export type Lookup = (ref: VariableRef) => unknown;

/**
 * Renders a template. A template that is exactly one reference keeps the value's type (a captured
 * number stays a number in a JSON body); otherwise values are joined as text.
 */
export function renderValue(template: Template, lookup: Lookup): unknown {
  const [only] = template.parts;
  if (template.parts.length === 1 && only !== undefined && typeof only !== 'string') return lookup(only);
  return renderText(template, lookup);
}

/** Renders a template as text: strings as they are, other values as JSON. */
export function renderText(template: Template, lookup: Lookup): string {
  return template.parts.map((part) => (typeof part === 'string' ? part : asText(lookup(part)))).join('');
}

/** Renders a JSON template into a JSON value. */
export function renderJson(template: JsonTemplate, lookup: Lookup): unknown {
  switch (template.kind) {
    case 'text':
      return renderValue(template.template, lookup);
    case 'literal':
      return template.value;
    case 'list':
      return template.items.map((item) => renderJson(item, lookup));
    case 'object':
      return Object.fromEntries(template.entries.map(([key, value]) => [key, renderJson(value, lookup)]));
  }
}

/** How a value reads inside text: strings bare, everything else as JSON. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? 'undefined';
}
