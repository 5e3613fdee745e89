/** One schema change, written once per dialect; both describe the same logical schema. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

/**
 * Every schema change, in order. Append only: an applied migration is never edited, since
 * `schema_migrations` records it by version. Money is an integer count of minor units; `seq` gives a
 * stable newest-first order even when two orders share a timestamp.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'orders, order items and processed payment events',
    sqlite: `
      CREATE TABLE orders (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        tenant TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        total INTEGER NOT NULL CHECK (total >= 0),
        status TEXT NOT NULL CHECK (status IN ('pending_payment', 'paid', 'payment_failed')),
        capture_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX orders_by_tenant_customer ON orders (tenant, customer_id, seq);
      CREATE TABLE order_items (
        order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        sku TEXT NOT NULL,
        qty INTEGER NOT NULL CHECK (qty > 0),
        unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
        line_total INTEGER NOT NULL CHECK (line_total >= 0),
        PRIMARY KEY (order_id, line)
      );
      CREATE TABLE processed_events (
        event_id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        received_at TEXT NOT NULL
      );`,
    postgres: `
      CREATE TABLE orders (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        tenant TEXT NOT NULL,
        customer_id TEXT NOT NULL,
        currency TEXT NOT NULL,
        total BIGINT NOT NULL CHECK (total >= 0),
        status TEXT NOT NULL CHECK (status IN ('pending_payment', 'paid', 'payment_failed')),
        capture_id TEXT,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX orders_by_tenant_customer ON orders (tenant, customer_id, seq);
      CREATE TABLE order_items (
        order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        sku TEXT NOT NULL,
        qty INTEGER NOT NULL CHECK (qty > 0),
        unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
        line_total BIGINT NOT NULL CHECK (line_total >= 0),
        PRIMARY KEY (order_id, line)
      );
      CREATE TABLE processed_events (
        event_id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL
      );`,
  },
];
