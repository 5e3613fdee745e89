import type { Order } from './Order.js';

/** An order as the API shows it: snake_case fields, money in minor units, no tenant. */
export interface OrderResponse {
  readonly order_id: string;
  readonly customer_id: string;
  readonly items: readonly {
    readonly sku: string;
    readonly qty: number;
    readonly unit_price: number;
    readonly line_total: number;
  }[];
  readonly currency: string;
  readonly total: number;
  readonly status: string;
  readonly capture_id: string | null;
  readonly created_at: string;
}

/** The API form of `order`. */
export function orderResponse(order: Order): OrderResponse {
  return {
    order_id: order.id,
    customer_id: order.customerId,
    items: order.items.map((line) => ({
      sku: line.sku,
      qty: line.qty,
      unit_price: line.unitPrice,
      line_total: line.lineTotal,
    })),
    currency: order.currency,
    total: order.total,
    status: order.status,
    capture_id: order.captureId,
    created_at: order.createdAt,
  };
}
