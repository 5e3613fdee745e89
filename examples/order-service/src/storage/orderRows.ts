import type { Order, OrderLine, OrderStatus } from '../orders/index.js';

/** An `orders` row as either driver returns it (PostgreSQL gives BIGINT as text and TIMESTAMPTZ as Date). */
export interface OrderRow {
  readonly id: string;
  readonly tenant: string;
  readonly customer_id: string;
  readonly currency: string;
  readonly total: number | string;
  readonly status: string;
  readonly capture_id: string | null;
  readonly created_at: string | Date;
}

/** An `order_items` row as either driver returns it. */
export interface ItemRow {
  readonly order_id: string;
  readonly sku: string;
  readonly qty: number;
  readonly unit_price: number | string;
  readonly line_total: number | string;
}

/** The columns of `orders`, for SELECTs. */
export const ORDER_COLUMNS = 'id, tenant, customer_id, currency, total, status, capture_id, created_at';

/** Assembles orders from their rows and their items' rows (items in line order), keeping `rows`' order. */
export function toOrders(rows: readonly OrderRow[], items: readonly ItemRow[]): Order[] {
  const linesByOrder = new Map<string, OrderLine[]>();
  for (const item of items) {
    const lines = linesByOrder.get(item.order_id) ?? [];
    lines.push({ sku: item.sku, qty: item.qty, unitPrice: money(item.unit_price), lineTotal: money(item.line_total) });
    linesByOrder.set(item.order_id, lines);
  }
  return rows.map((row) => ({
    id: row.id,
    tenant: row.tenant,
    customerId: row.customer_id,
    currency: row.currency,
    items: linesByOrder.get(row.id) ?? [],
    total: money(row.total),
    status: row.status as OrderStatus,
    captureId: row.capture_id,
    createdAt: row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at,
  }));
}

function money(value: number | string): number {
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`stored amount ${value} is not a safe integer`);
  return amount;
}
