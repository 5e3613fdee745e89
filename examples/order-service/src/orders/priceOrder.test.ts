import { describe, expect, it } from 'vitest';
import { CATALOG, CURRENCIES } from './catalog.js';
import { priceOrder } from './priceOrder.js';

describe('priceOrder', () => {
  it('prices the seed order at 25.00 USD in cents', () => {
    expect(priceOrder([{ sku: 'A1', qty: 2 }], 'USD', CATALOG)).toEqual({
      lines: [{ sku: 'A1', qty: 2, unitPrice: 1250, lineTotal: 2500 }],
      total: 2500,
    });
  });

  it('sums lines in integer minor units, per currency', () => {
    const items = [
      { sku: 'B2', qty: 3 },
      { sku: 'C3', qty: 7 },
    ];
    expect(priceOrder(items, 'USD', CATALOG)).toMatchObject({ total: 3 * 4999 + 7 * 199 });
    expect(priceOrder(items, 'EUR', CATALOG)).toMatchObject({ total: 3 * 4599 + 7 * 189 });
  });

  it('names every unknown SKU by its position', () => {
    const problems = priceOrder(
      [
        { sku: 'ZZ', qty: 1 },
        { sku: 'A1', qty: 1 },
        { sku: 'toString', qty: 1 },
      ],
      'USD',
      CATALOG,
    );
    expect(problems).toEqual([
      expect.objectContaining({ code: 'order/unknown-sku', field: 'items[0].sku' }),
      expect.objectContaining({ code: 'order/unknown-sku', field: 'items[2].sku' }),
    ]);
  });

  it('has a price for every product in every currency', () => {
    for (const product of Object.values(CATALOG)) {
      for (const currency of CURRENCIES) expect(Number.isSafeInteger(product.prices[currency])).toBe(true);
    }
  });
});
