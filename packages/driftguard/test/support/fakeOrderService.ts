import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** How the fake behaves; each switch breaks one promise a lock holds. */
export interface FakeOrderServiceOptions {
  /** Same key, same order (false: every request creates a new order). Default true. */
  idempotent?: boolean;
  /** A redelivered event is acknowledged as a duplicate (false: processed again). Default true. */
  dedupWebhooks?: boolean;
  /** Mixed into derived order ids: changing it is a release that derives other ids. Default 'a'. */
  release?: string;
}

/** A small order service over real HTTP with a SQLite file, for runner tests. */
export interface FakeOrderService {
  readonly url: string;
  readonly dbFile: string;
  readonly options: FakeOrderServiceOptions;
  close(): Promise<void>;
}

/** The secret the fake checks webhook signatures with. */
export const FAKE_WEBHOOK_SECRET = 'fake-webhook-secret';

/**
 * Starts the fake on an ephemeral port: `POST /orders` (Idempotency-Key), `GET /orders/:id`,
 * `POST /fault` (the next order is stored, then answered 500), `POST /webhooks` (HMAC-signed),
 * `GET /captures`. Tables: `orders(id, customer_id)`, `processed_events(event_id)`.
 */
export async function startFakeOrderService(options: FakeOrderServiceOptions = {}): Promise<FakeOrderService> {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'dg-fake-')), 'orders.sqlite');
  const db = new Database(dbFile);
  db.exec('CREATE TABLE orders (id TEXT PRIMARY KEY, customer_id TEXT); CREATE TABLE processed_events (event_id TEXT)');
  const replies = new Map<string, unknown>();
  const events = new Set<string>();
  let counter = 0;
  let fault = false;

  const placeOrder = (key: string, body: { customer_id?: string }, response: ServerResponse) => {
    const replay = options.idempotent !== false ? replies.get(key) : undefined;
    if (replay !== undefined) return send(response, 201, replay, { 'idempotent-replayed': 'true' });
    const digest = createHash('sha256')
      .update(`${options.release ?? 'a'}:${key}`)
      .digest('hex');
    const id = options.idempotent !== false ? `ord_${digest.slice(0, 12)}` : `ord_${++counter}`;
    db.prepare('INSERT OR IGNORE INTO orders (id, customer_id) VALUES (?, ?)').run(id, body.customer_id ?? null);
    if (fault) {
      fault = false;
      return send(response, 500, { code: 'internal' });
    }
    const reply = { order_id: id, customer_id: body.customer_id, total: 2500 };
    replies.set(key, reply);
    return send(response, 201, reply);
  };

  const server = createServer(async (request, response) => {
    const text = await readBody(request);
    const route = `${request.method} ${request.url?.replace(/\/ord_\w+$/, '/:id')}`;
    if (route === 'POST /orders')
      return placeOrder(String(request.headers['idempotency-key']), JSON.parse(text), response);
    if (route === 'GET /orders/:id') {
      const id = request.url?.split('/').at(-1);
      const row = db.prepare('SELECT id AS order_id, customer_id FROM orders WHERE id = ?').get(id);
      return row === undefined ? send(response, 404, { code: 'not-found' }) : send(response, 200, row);
    }
    if (route === 'POST /fault') {
      fault = true;
      return send(response, 200, { armed: true });
    }
    if (route === 'GET /captures') {
      return send(response, 200, { captures: db.prepare('SELECT id AS reference FROM orders').all() });
    }
    if (route === 'POST /webhooks') return receiveEvent(String(request.headers['x-signature'] ?? ''), text, response);
    return send(response, 404, { code: 'route/not-found' });
  });

  const receiveEvent = (header: string, text: string, response: ServerResponse) => {
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(header) ?? [];
    const expected = createHmac('sha256', FAKE_WEBHOOK_SECRET).update(`${t}.${text}`).digest('hex');
    if (v1 !== expected) return send(response, 401, { code: 'bad-signature' });
    const event = JSON.parse(text) as { id: string };
    if (options.dedupWebhooks !== false && events.has(event.id)) return send(response, 200, { duplicate: true });
    events.add(event.id);
    db.prepare('INSERT INTO processed_events (event_id) VALUES (?)').run(event.id);
    return send(response, 200, { duplicate: false });
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dbFile,
    options,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      db.close();
    },
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
