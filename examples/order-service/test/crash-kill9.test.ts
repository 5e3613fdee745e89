import { setTimeout as pause } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';
import { deriveOrderId } from '../src/orders/index.js';
import { createServiceDatabase, IDEMPOTENCY_STORES, type ServiceDatabase } from './support/serviceDatabase.js';
import { type ServiceProcess, spawnService } from './support/serviceProcess.js';
import { SEED_ORDER } from './support/testService.js';

// The "crash" acceptance, with real processes: the service is killed with SIGKILL between
// claiming a key and completing it (the provider holds the capture), restarted on the same
// database, and the client retries. The retry is refused while the dead attempt's lease runs, then
// runs again and finishes the same order with the same capture key.

const LEASE_MS = 4_000;
/** How often the retry polls while the lease runs out, and how long past the lease it may take. */
const POLL_MS = 100;
const SETTLE_MS = 10_000;

const postOrder = (url: string, key: string) =>
  fetch(`${url}/orders`, {
    method: 'POST',
    headers: { authorization: 'Bearer dev-key-a', 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(SEED_ORDER),
  });

/** Retries until the answer is not a 409, at most `LEASE_MS + SETTLE_MS` after `since`. */
async function retryUntilLeaseExpires(url: string, key: string, since: number): Promise<Response> {
  for (;;) {
    const response = await postOrder(url, key);
    if (response.status !== 409 || Date.now() - since > LEASE_MS + SETTLE_MS) return response;
    await response.body?.cancel();
    await pause(POLL_MS);
  }
}

describe.each(IDEMPOTENCY_STORES)('kill -9 mid-request, idempotency in %s', (store) => {
  let fake: FakePayments;
  let database: ServiceDatabase;
  const running: ServiceProcess[] = [];

  beforeEach(async () => {
    fake = await startFakePayments();
    database = await createServiceDatabase(store);
  });
  afterEach(async () => {
    for (const service of running.splice(0)) {
      service.child.kill('SIGKILL');
      await service.exited;
    }
    await fake.close();
    await database.drop();
  });

  const start = async () => {
    const env = { PORT: '0', PAYMENTS_URL: fake.url, IDEMPOTENCY_LEASE_MS: String(LEASE_MS), ...database.env };
    const service = spawnService(env, process.cwd());
    running.push(service);
    return { service, url: await service.listening };
  };

  it('refuses the retry while the dead claim holds, then stores and charges the order once', async () => {
    const key = `crash-${store}-${process.pid}-${Date.now()}`;
    const orderId = deriveOrderId({ tenant: 'tenantA', idempotencyKey: key });

    const first = await start();
    fake.setMode({ delayMs: 600_000 });
    const claimedBefore = Date.now();
    const doomed = postOrder(first.url, key).catch((error: unknown) => error);
    await fake.waitForRequests(1);
    first.service.child.kill('SIGKILL');
    expect(await first.service.exited).toBeNull();
    expect(await doomed).toBeInstanceOf(Error);
    expect(await database.countOrders(orderId)).toBe(1);
    fake.setMode({ delayMs: 0 });

    const second = await start();
    const early = await postOrder(second.url, key);
    // A machine slow enough to restart past the lease skips this look (no timing is asserted); the
    // lease is long enough that it does not happen here, and no order is ever doubled either way.
    if (Date.now() - claimedBefore < LEASE_MS) {
      expect(early.status).toBe(409);
      expect(early.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await early.json()).toMatchObject({ code: 'idempotency/key-conflict' });
    } else await early.body?.cancel();

    const retry = await retryUntilLeaseExpires(second.url, key, claimedBefore);
    expect(retry.status).toBe(201);
    expect(Date.now() - claimedBefore).toBeGreaterThanOrEqual(LEASE_MS);
    expect(await retry.json()).toMatchObject({ order_id: orderId, status: 'paid' });
    expect(await database.countOrders(orderId)).toBe(1);
    expect(await database.countOrders()).toBe(1);
    expect(fake.captures().filter((capture) => capture.reference === orderId)).toHaveLength(1);
  }, 60_000);
});
