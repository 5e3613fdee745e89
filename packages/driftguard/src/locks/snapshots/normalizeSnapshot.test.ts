import { describe, expect, it } from 'vitest';
import type { SnapshotSpec } from '../model.js';
import { parseTemplate, type Template } from '../template.js';
import { normalizeSnapshot } from './normalizeSnapshot.js';
import { describeChange } from './SnapshotStore.js';

const path = (source: string) => parseTemplate(source) as Template;
const spec = (more: Partial<SnapshotSpec>): SnapshotSpec => ({
  name: 'x',
  ignore: [],
  position: { file: 'f', path: '' },
  ...more,
});
const lookup = () => undefined;
const generated = new Map([['customer-3k2j', `\${unique.customer}`]]);
const BODY = {
  order_id: 'ord_1',
  customer_id: 'customer-3k2j',
  created_at: '2026-01-01T00:00:00Z',
  items: [
    { sku: 'A1', at: 1 },
    { sku: 'B2', at: 2 },
  ],
};

describe('snapshot normalization', () => {
  it('keeps the whole body without ignored paths, with generated values as their placeholder and keys sorted', () => {
    const value = normalizeSnapshot(
      spec({ ignore: [path('$.created_at'), path('$.items[*].at')] }),
      BODY,
      lookup,
      generated,
    );
    expect(value).toEqual({
      customer_id: `\${unique.customer}`,
      items: [{ sku: 'A1' }, { sku: 'B2' }],
      order_id: 'ord_1',
    });
    expect(Object.keys(value as object)).toEqual(['customer_id', 'items', 'order_id']);
  });

  it('keeps only the selected paths when told which', () => {
    const value = normalizeSnapshot(
      spec({
        select: [
          ['id', path('$.order_id')],
          ['gone', path('$.nope')],
        ],
      }),
      BODY,
      lookup,
      generated,
    );
    expect(value).toEqual({ gone: null, id: 'ord_1' });
  });

  it('describe a change by where it is, old value to new', () => {
    expect(describeChange({ order_id: 'ord_a', total: 1 }, { order_id: 'ord_b', total: 1 })).toBe(
      'order_id ord_a → ord_b',
    );
    expect(describeChange({ a: 1, b: 2, c: 3 }, { a: 2, b: 3, c: 4 })).toBe('a 1 → 2; b 2 → 3; and 1 more');
  });
});
