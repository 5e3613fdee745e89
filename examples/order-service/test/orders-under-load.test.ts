import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';
import { createHttpPaymentGateway } from '../src/payments/index.js';
import type { Storage } from '../src/storage/index.js';
import { KEY_A, startTestService, type TestService } from './support/testService.js';

// The "correctness under load": 1,000 keys, each sent 20 times, against the real app,
// storage and guardrail, capturing over HTTP from the real fake provider. A bounded pool keeps
// IN_FLIGHT requests interleaving (every store call and every capture is a real await), and a
// block's duplicates are sent round-robin, so a key's duplicates overlap its first request (409s)
// and follow it (replays). `app.inject` is the transport: the HTTP layer is not what is under test,
// and without it the 20,000 requests fit the time budget on two cores.

const KEYS = 1_000;
const DUPLICATES = 20;
const IN_FLIGHT = 128;
const KEYS_PER_BLOCK = 8;

const SETUPS = [
  { name: 'SQLite', backend: 'sqlite', idempotencyStore: 'database' },
  { name: 'PostgreSQL', backend: 'postgres', idempotencyStore: 'database' },
  { name: 'Redis (orders in SQLite)', backend: 'sqlite', idempotencyStore: 'redis' },
] as const;

interface Answer {
  readonly key: number;
  readonly status: number;
  readonly body: string;
  readonly retryAfter: string | undefined;
}

/** Key numbers in sending order: blocks of keys, each block's duplicates round-robin. */
function sendingOrder(): number[] {
  const order: number[] = [];
  for (let block = 0; block < KEYS; block += KEYS_PER_BLOCK) {
    for (let copy = 0; copy < DUPLICATES; copy++) {
      for (let key = block; key < Math.min(block + KEYS_PER_BLOCK, KEYS); key++) order.push(key);
    }
  }
  return order;
}

function orderBody(key: number) {
  return { customer_id: `load_${key % 50}`, items: [{ sku: 'A1', qty: 1 + (key % 5) }], currency: 'USD' };
}

/** Sends every request of `sendingOrder()`, at most `IN_FLIGHT` at a time. */
async function sendAll(service: TestService, runId: string): Promise<Answer[]> {
  const queue = sendingOrder();
  const answers: Answer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const key = queue[next++] as number;
      const response = await service.postOrder(orderBody(key), { key: `${runId}-${key}`, apiKey: KEY_A });
      const retryAfter = response.headers['retry-after'];
      answers.push({ key, status: response.statusCode, body: response.body, retryAfter: retryAfter?.toString() });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return answers;
}

async function countOrders(storage: Storage): Promise<number> {
  if (storage.kind === 'sqlite')
    return (storage.db.prepare('SELECT count(*) AS n FROM orders').get() as { n: number }).n;
  return Number((await storage.pool.query<{ n: string }>('SELECT count(*) AS n FROM orders')).rows[0]?.n);
}

describe.each(SETUPS)('1,000 keys x 20 concurrent duplicates, idempotency in $name', (setup) => {
  let fake: FakePayments;
  let service: TestService;

  beforeEach(async () => {
    fake = await startFakePayments();
    const payments = createHttpPaymentGateway({ baseUrl: fake.url, sleep: async () => {} });
    service = await startTestService({ ...setup, payments });
  });
  afterEach(async () => {
    await service.close();
    await fake.close();
  });

  it('stores and charges one order per key and answers every duplicate with that order or a 409', async () => {
    const answers = await sendAll(service, `load-${process.pid}-${setup.backend}-${setup.idempotencyStore}`);

    expect(answers).toHaveLength(KEYS * DUPLICATES);
    const statuses = new Set(answers.map((answer) => answer.status));
    expect([...statuses].sort()).toEqual([201, 409]);
    const conflicts = answers.filter((answer) => answer.status === 409);
    expect(conflicts.filter((answer) => !/^\d+$/.test(answer.retryAfter ?? ''))).toEqual([]);
    expect(new Set(conflicts.map((answer) => JSON.parse(answer.body).code))).toEqual(
      new Set(['idempotency/key-conflict']),
    );

    const bodiesByKey = new Map<number, Set<string>>();
    for (const answer of answers) {
      if (answer.status !== 201) continue;
      bodiesByKey.set(answer.key, (bodiesByKey.get(answer.key) ?? new Set()).add(answer.body));
    }
    expect(bodiesByKey.size).toBe(KEYS);
    expect([...bodiesByKey].filter(([, bodies]) => bodies.size !== 1)).toEqual([]);
    const orderIds = [...bodiesByKey.values()].map((bodies) => JSON.parse([...bodies][0] ?? '{}').order_id);
    expect(new Set(orderIds).size).toBe(KEYS);

    expect(await countOrders(service.storage)).toBe(KEYS);
    const captures = fake.captures();
    expect(captures).toHaveLength(KEYS);
    expect(new Set(captures.map((capture) => capture.reference))).toEqual(new Set(orderIds));
  }, 90_000);
});
