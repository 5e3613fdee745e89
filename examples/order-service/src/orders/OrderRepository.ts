import type { NewOrder, Order, SettledStatus } from './Order.js';

/** A payment outcome for one order: move it to `status` if `SETTLES_FROM` allows, recording the capture id. */
export interface PaymentSettlement {
  readonly tenant: string;
  readonly orderId: string;
  readonly status: SettledStatus;
  readonly captureId: string | null;
  /** ISO-8601 UTC time of the change. */
  readonly at: string;
}

/** A payment provider's event, identified by the provider's event id; `settlement` is null for events we only log. */
export interface PaymentEventRecord {
  readonly eventId: string;
  readonly type: string;
  readonly receivedAt: string;
  readonly settlement: PaymentSettlement | null;
}

/** What recording a payment event did: nothing for a `duplicate`, else the order as it now stands (if it exists). */
export interface PaymentEventResult {
  readonly duplicate: boolean;
  readonly order: Order | undefined;
}

/** Which orders to list: newest first, at most `limit`, optionally one customer's. */
export interface OrderQuery {
  readonly customerId?: string;
  readonly limit: number;
}

/**
 * Where orders live. Every read and write is scoped by tenant: another tenant's order is never
 * found, listed or changed. Implementations: SQLite and PostgreSQL, held to one contract
 * (`runRepositoryContract` in test/support).
 */
export interface OrderRepository {
  /** Stores the order and its lines in one transaction, as `pending_payment`; throws if the id exists. */
  create(order: NewOrder): Promise<Order>;
  /** The tenant's order with this id, or undefined. */
  find(tenant: string, orderId: string): Promise<Order | undefined>;
  /** The tenant's orders matching `query`, newest first. */
  list(tenant: string, query: OrderQuery): Promise<readonly Order[]>;
  /** Applies the settlement if the order's status allows it; the order as it now stands, or undefined if absent. */
  settle(settlement: PaymentSettlement): Promise<Order | undefined>;
  /**
   * Records the event id and applies its settlement in one transaction, exactly once per event id:
   * a second delivery of the same id is a `duplicate` and changes nothing.
   */
  recordPaymentEvent(event: PaymentEventRecord): Promise<PaymentEventResult>;
}
