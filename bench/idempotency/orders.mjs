import { randomUUID } from 'node:crypto';

/**
 * The benchmark's `POST /orders` handler logic, shared by the Fastify and Express apps: validate the
 * small JSON body, compute the total, insert one order row, answer 201 with the order. The order
 * tables live in the same database as the idempotency store (SQLite), or in PostgreSQL.
 */

/** The request body every benchmark request sends. */
export const ORDER_BODY = JSON.stringify({
  customer_id: 'cus_4242',
  items: [
    { sku: 'SKU-RED-MUG', qty: 2 },
    { sku: 'SKU-TEA-250G', qty: 1 },
  ],
  currency: 'EUR',
});

const PRICES = { 'SKU-RED-MUG': 1250, 'SKU-TEA-250G': 899 };
const DEFAULT_PRICE = 500;

/**
 * Validates an order body.
 * @returns {{ ok: true, order: { customer_id: string, items: { sku: string, qty: number }[], currency: string } } | { ok: false, problem: string }}
 */
export function validateOrder(body) {
  if (body === null || typeof body !== 'object') return { ok: false, problem: 'body must be a JSON object' };
  const { customer_id: customerId, items, currency } = body;
  if (typeof customerId !== 'string' || customerId.length === 0) return { ok: false, problem: 'customer_id' };
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return { ok: false, problem: 'currency' };
  if (!Array.isArray(items) || items.length === 0 || items.length > 100) return { ok: false, problem: 'items' };
  for (const item of items) {
    if (item === null || typeof item !== 'object' || typeof item.sku !== 'string' || item.sku.length === 0)
      return { ok: false, problem: 'items[].sku' };
    if (!Number.isInteger(item.qty) || item.qty < 1 || item.qty > 1000) return { ok: false, problem: 'items[].qty' };
  }
  return { ok: true, order: { customer_id: customerId, items, currency } };
}

/** The order row to insert and to answer with. */
export function priceOrder(order) {
  const totalCents = order.items.reduce((sum, item) => sum + (PRICES[item.sku] ?? DEFAULT_PRICE) * item.qty, 0);
  return {
    id: randomUUID(),
    customer_id: order.customer_id,
    currency: order.currency,
    items: order.items,
    total_cents: totalCents,
    created_at: new Date().toISOString(),
  };
}

/**
 * Orders in a SQLite table (better-sqlite3, synchronous).
 * @returns {{ insert: (row: object) => Promise<void>, count: () => Promise<number> }}
 */
export function sqliteOrders(db, table) {
  db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, currency TEXT NOT NULL,
    total_cents INTEGER NOT NULL, items TEXT NOT NULL, created_at TEXT NOT NULL)`);
  const insert = db.prepare(
    `INSERT INTO "${table}" (id, customer_id, currency, total_cents, items, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const count = db.prepare(`SELECT count(*) AS n FROM "${table}"`);
  return {
    insert: async (row) => {
      insert.run(row.id, row.customer_id, row.currency, row.total_cents, JSON.stringify(row.items), row.created_at);
    },
    count: async () => count.get().n,
  };
}

/**
 * Orders in a PostgreSQL table (pg Pool).
 * @returns {Promise<{ insert: (row: object) => Promise<void>, count: () => Promise<number> }>}
 */
export async function postgresOrders(pool, table) {
  await pool.query(`CREATE TABLE IF NOT EXISTS "${table}" (
    id uuid PRIMARY KEY, customer_id text NOT NULL, currency text NOT NULL,
    total_cents integer NOT NULL, items jsonb NOT NULL, created_at timestamptz NOT NULL)`);
  const text = `INSERT INTO "${table}" (id, customer_id, currency, total_cents, items, created_at) VALUES ($1, $2, $3, $4, $5, $6)`;
  return {
    insert: async (row) => {
      await pool.query({
        name: `insert-${table}`,
        text,
        values: [row.id, row.customer_id, row.currency, row.total_cents, JSON.stringify(row.items), row.created_at],
      });
    },
    count: async () => Number((await pool.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n),
  };
}
