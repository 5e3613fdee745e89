import type { FieldProblem } from '../http/index.js';
import type { Catalog, Currency } from './catalog.js';
import type { OrderLine } from './Order.js';

/** An order priced: its lines and their sum, in minor units. */
export interface PricedOrder {
  readonly lines: readonly OrderLine[];
  readonly total: number;
}

/**
 * Prices each requested line from `catalog` in `currency`. Returns the priced order, or one
 * `order/unknown-sku` problem per line whose SKU the catalog does not sell (naming `items[i].sku`).
 * Pure: integer arithmetic only, so totals never drift by a cent.
 */
export function priceOrder(
  items: readonly { readonly sku: string; readonly qty: number }[],
  currency: Currency,
  catalog: Catalog,
): PricedOrder | readonly [FieldProblem, ...FieldProblem[]] {
  const unknown: FieldProblem[] = [];
  const lines: OrderLine[] = [];
  for (const [index, { sku, qty }] of items.entries()) {
    const product = Object.hasOwn(catalog, sku) ? catalog[sku] : undefined;
    if (product === undefined) {
      const detail = `items[${index}].sku "${sku}" is not in the catalog (known: ${Object.keys(catalog).join(', ')})`;
      unknown.push({ code: 'order/unknown-sku', field: `items[${index}].sku`, detail });
      continue;
    }
    const unitPrice = product.prices[currency];
    lines.push({ sku, qty, unitPrice, lineTotal: unitPrice * qty });
  }
  const [first, ...rest] = unknown;
  if (first !== undefined) return [first, ...rest];
  return { lines, total: lines.reduce((sum, line) => sum + line.lineTotal, 0) };
}
