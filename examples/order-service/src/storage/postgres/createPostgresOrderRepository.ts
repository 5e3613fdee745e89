import type { Pool, PoolClient } from 'pg';
import type {
  NewOrder,
  Order,
  OrderQuery,
  OrderRepository,
  PaymentEventRecord,
  PaymentEventResult,
  PaymentSettlement,
} from '../../orders/index.js';
import { SETTLES_FROM } from '../../orders/index.js';
import { type ItemRow, ORDER_COLUMNS, type OrderRow, toOrders } from '../orderRows.js';
import { withTransaction } from './withTransaction.js';

type Queryable = Pool | PoolClient;

/**
 * The `OrderRepository` on a migrated PostgreSQL database (see `migratePostgres`), reached through
 * `pool` (whose `search_path` picks the schema). Writes run in transactions; the event-id insert
 * and the settlement commit together. The repository never ends the pool.
 */
export function createPostgresOrderRepository(pool: Pool): OrderRepository {
  return {
    async create(order: NewOrder): Promise<Order> {
      await withTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO orders (id, tenant, customer_id, currency, total, status, capture_id, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, 'pending_payment', NULL, $6, $6)`,
          [order.id, order.tenant, order.customerId, order.currency, order.total, order.createdAt],
        );
        for (const [line, item] of order.items.entries()) {
          await client.query(
            'INSERT INTO order_items (order_id, line, sku, qty, unit_price, line_total) VALUES ($1, $2, $3, $4, $5, $6)',
            [order.id, line, item.sku, item.qty, item.unitPrice, item.lineTotal],
          );
        }
      });
      return { ...order, status: 'pending_payment', captureId: null };
    },
    async find(tenant: string, orderId: string): Promise<Order | undefined> {
      return findOrder(pool, tenant, orderId);
    },
    async list(tenant: string, query: OrderQuery): Promise<readonly Order[]> {
      const { rows } = await pool.query<OrderRow>(
        `SELECT ${ORDER_COLUMNS} FROM orders
         WHERE tenant = $1 AND ($2::text IS NULL OR customer_id = $2) ORDER BY seq DESC LIMIT $3`,
        [tenant, query.customerId ?? null, query.limit],
      );
      return withItems(pool, rows);
    },
    async settle(settlement: PaymentSettlement): Promise<Order | undefined> {
      return withTransaction(pool, (client) => settleOrder(client, settlement));
    },
    async recordPaymentEvent(event: PaymentEventRecord): Promise<PaymentEventResult> {
      return withTransaction(pool, async (client) => {
        const inserted = await client.query(
          'INSERT INTO processed_events (event_id, type, received_at) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING',
          [event.eventId, event.type, event.receivedAt],
        );
        if (inserted.rowCount !== 1) return { duplicate: true, order: undefined };
        const order = event.settlement === null ? undefined : await settleOrder(client, event.settlement);
        return { duplicate: false, order };
      });
    },
  };
}

async function settleOrder(client: Queryable, settlement: PaymentSettlement): Promise<Order | undefined> {
  await client.query(
    `UPDATE orders SET status = $1, capture_id = COALESCE($2, capture_id), updated_at = $3
     WHERE tenant = $4 AND id = $5 AND status = ANY($6::text[])`,
    [
      settlement.status,
      settlement.captureId,
      settlement.at,
      settlement.tenant,
      settlement.orderId,
      SETTLES_FROM[settlement.status],
    ],
  );
  return findOrder(client, settlement.tenant, settlement.orderId);
}

async function findOrder(client: Queryable, tenant: string, orderId: string): Promise<Order | undefined> {
  const { rows } = await client.query<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE tenant = $1 AND id = $2`, [
    tenant,
    orderId,
  ]);
  return (await withItems(client, rows))[0];
}

async function withItems(client: Queryable, rows: readonly OrderRow[]): Promise<Order[]> {
  if (rows.length === 0) return [];
  const items = await client.query<ItemRow>(
    `SELECT order_id, sku, qty, unit_price, line_total FROM order_items
     WHERE order_id = ANY($1::text[]) ORDER BY order_id, line`,
    [rows.map((row) => row.id)],
  );
  return toOrders(rows, items.rows);
}
