import type { Database, Statement } from 'better-sqlite3';
import type {
  NewOrder,
  Order,
  OrderQuery,
  OrderRepository,
  PaymentEventRecord,
  PaymentEventResult,
  PaymentSettlement,
  SettledStatus,
} from '../../orders/index.js';
import { SETTLES_FROM } from '../../orders/index.js';
import { type ItemRow, ORDER_COLUMNS, type OrderRow, toOrders } from '../orderRows.js';

/**
 * The `OrderRepository` on a migrated better-sqlite3 database (see `migrateSqlite`). Each write is
 * one synchronous transaction, so no other request interleaves with it. The repository never closes `db`.
 */
export function createSqliteOrderRepository(db: Database): OrderRepository {
  const insertOrder = db.prepare(
    `INSERT INTO orders (id, tenant, customer_id, currency, total, status, capture_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'pending_payment', NULL, ?, ?)`,
  );
  const insertItem = db.prepare(
    'INSERT INTO order_items (order_id, line, sku, qty, unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectOne = db.prepare<[string, string], OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM orders WHERE tenant = ? AND id = ?`,
  );
  const selectPage = db.prepare<[{ tenant: string; customer: string | null; limit: number }], OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM orders
     WHERE tenant = @tenant AND (@customer IS NULL OR customer_id = @customer) ORDER BY seq DESC LIMIT @limit`,
  );
  const selectItems = db.prepare<[string], ItemRow>(
    `SELECT order_id, sku, qty, unit_price, line_total FROM order_items
     WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY order_id, line`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO processed_events (event_id, type, received_at) VALUES (?, ?, ?) ON CONFLICT (event_id) DO NOTHING',
  );

  const withItems = (rows: OrderRow[]): Order[] =>
    toOrders(rows, rows.length === 0 ? [] : selectItems.all(JSON.stringify(rows.map((row) => row.id))));
  const findNow = (tenant: string, orderId: string): Order | undefined => {
    const row = selectOne.get(tenant, orderId);
    return row === undefined ? undefined : withItems([row])[0];
  };
  const settleStatements = {
    paid: settleStatement(db, 'paid'),
    payment_failed: settleStatement(db, 'payment_failed'),
  };
  const settleNow = (settlement: PaymentSettlement): Order | undefined => {
    const { tenant, orderId, captureId, at } = settlement;
    settleStatements[settlement.status].run(settlement.status, captureId, at, tenant, orderId);
    return findNow(tenant, orderId);
  };

  const create = db.transaction((order: NewOrder) => {
    insertOrder.run(
      order.id,
      order.tenant,
      order.customerId,
      order.currency,
      order.total,
      order.createdAt,
      order.createdAt,
    );
    for (const [line, item] of order.items.entries()) {
      insertItem.run(order.id, line, item.sku, item.qty, item.unitPrice, item.lineTotal);
    }
  });
  const settle = db.transaction(settleNow);
  const recordEvent = db.transaction((event: PaymentEventRecord): PaymentEventResult => {
    const inserted = insertEvent.run(event.eventId, event.type, event.receivedAt).changes === 1;
    if (!inserted) return { duplicate: true, order: undefined };
    return { duplicate: false, order: event.settlement === null ? undefined : settleNow(event.settlement) };
  });

  return {
    async create(order: NewOrder): Promise<Order> {
      create.immediate(order);
      return { ...order, status: 'pending_payment', captureId: null };
    },
    async find(tenant: string, orderId: string): Promise<Order | undefined> {
      return findNow(tenant, orderId);
    },
    async list(tenant: string, query: OrderQuery): Promise<readonly Order[]> {
      return withItems(selectPage.all({ tenant, customer: query.customerId ?? null, limit: query.limit }));
    },
    async settle(settlement: PaymentSettlement): Promise<Order | undefined> {
      return settle.immediate(settlement);
    },
    async recordPaymentEvent(event: PaymentEventRecord): Promise<PaymentEventResult> {
      return recordEvent.immediate(event);
    },
  };
}

/** The UPDATE that moves an order to `status` only from a status `SETTLES_FROM` allows. */
function settleStatement(
  db: Database,
  status: SettledStatus,
): Statement<[SettledStatus, string | null, string, string, string]> {
  const from = SETTLES_FROM[status].map((value) => `'${value}'`).join(', ');
  return db.prepare(
    `UPDATE orders SET status = ?, capture_id = COALESCE(?, capture_id), updated_at = ?
     WHERE tenant = ? AND id = ? AND status IN (${from})`,
  );
}
