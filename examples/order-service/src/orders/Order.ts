/** Where an order stands: created and awaiting its capture, paid, or its capture failed. */
export type OrderStatus = 'pending_payment' | 'paid' | 'payment_failed';

/** A status a payment outcome can move an order to. */
export type SettledStatus = Exclude<OrderStatus, 'pending_payment'>;

/** One priced line of an order. Money is an integer count of the currency's minor unit (cents). */
export interface OrderLine {
  readonly sku: string;
  readonly qty: number;
  readonly unitPrice: number;
  readonly lineTotal: number;
}

/** An order as stored: it belongs to one tenant and is never visible to another. */
export interface Order {
  readonly id: string;
  readonly tenant: string;
  readonly customerId: string;
  readonly currency: string;
  readonly items: readonly OrderLine[];
  /** The sum of the line totals, in minor units. */
  readonly total: number;
  readonly status: OrderStatus;
  /** The payment provider's capture id, once a capture succeeded. */
  readonly captureId: string | null;
  /** ISO-8601 UTC time the order was placed. */
  readonly createdAt: string;
}

/** An order about to be stored; it starts as `pending_payment` with no capture. */
export type NewOrder = Omit<Order, 'status' | 'captureId'>;
