import { describe, expect, it } from 'vitest';
import { parseTemplate, renderJson, renderText, renderValue, type Template } from './template.js';

const parse = (source: string) => parseTemplate(source) as Template;
const values: Record<string, unknown> = { order: 'ord_1', total: 2500, 'unique.customer': 'customer-abc' };
const lookup = (ref: { name: string; fallback?: string }) => values[ref.name] ?? ref.fallback;

describe('templates', () => {
  it('render references inside text, and keep the type of a lone reference', () => {
    expect(renderText(parse(`/orders/\${order}?total=\${total}`), lookup)).toBe('/orders/ord_1?total=2500');
    expect(renderValue(parse(`\${total}`), lookup)).toBe(2500);
    expect(renderValue(parse(`n=\${total}`), lookup)).toBe('n=2500');
  });

  it(`read \${env.NAME:-default} with its default, and $\${ as a literal \${`, () => {
    expect(parse(`\${env.PORT:-3000}`).parts).toEqual([{ name: 'env.PORT', fallback: '3000' }]);
    expect(renderText(parse(`cost: $\${total}`), lookup)).toBe(`cost: \${total}`);
  });

  it('render a JSON body with references in its strings', () => {
    const body = {
      kind: 'object',
      entries: [
        ['customer_id', { kind: 'text', template: parse(`\${unique.customer}`) }],
        ['items', { kind: 'list', items: [{ kind: 'literal', value: 2 }] }],
      ],
    } as const;
    expect(renderJson(body, lookup)).toEqual({ customer_id: 'customer-abc', items: [2] });
  });

  it('refuse an unclosed reference and a bad name, saying which', () => {
    expect(parseTemplate(`/orders/\${order`)).toMatch(/^unclosed \$\{ in "\/orders\/\$\{order"/);
    expect(parseTemplate(`\${9lives}`)).toMatch(/^bad variable name \$\{9lives\}/);
  });
});
