import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';
import { deriveCaptureKey } from '../src/orders/index.js';
import { createHttpPaymentGateway } from '../src/payments/index.js';
import { SEED_ORDER, startTestService, type TestService } from './support/testService.js';

/** Per-attempt signals the test aborts by hand, standing in for timeouts without waiting for one. */
function manualTimeouts() {
  const controllers: AbortController[] = [];
  return {
    signal: () => {
      const controller = new AbortController();
      controllers.push(controller);
      return controller.signal;
    },
    expire: (attempt: number) => controllers[attempt - 1]?.abort(new DOMException('timed out', 'TimeoutError')),
  };
}

let fake: FakePayments;
let service: TestService;
let timeouts: ReturnType<typeof manualTimeouts>;

beforeEach(async () => {
  fake = await startFakePayments();
  timeouts = manualTimeouts();
  const payments = createHttpPaymentGateway({
    baseUrl: fake.url,
    attempts: 3,
    sleep: async () => {},
    timeoutSignal: timeouts.signal,
  });
  service = await startTestService({ payments });
});
afterEach(async () => {
  await service.close();
  await fake.close();
});

async function placeSeedOrder() {
  const response = await service.postOrder(SEED_ORDER);
  expect(response.statusCode).toBe(201);
  return response.json<{ order_id: string; status: string; capture_id: string | null; total: number }>();
}

describe('payment capture against the fake provider', () => {
  it("captures the order's total once, under the order's derived key", async () => {
    const order = await placeSeedOrder();
    expect(order.status).toBe('paid');
    const key = deriveCaptureKey({ tenant: 'tenantA', orderId: order.order_id, amount: 2500, currency: 'USD' });
    expect(fake.captures()).toEqual([
      expect.objectContaining({ id: order.capture_id, amount: 2500, currency: 'USD', idempotency_key: key }),
    ]);
  });

  it('retries a 503 with the same key and gets paid', async () => {
    fake.setMode({ fail: 'unavailable', failTimes: 1 });
    const order = await placeSeedOrder();
    expect(order.status).toBe('paid');
    const [first, second] = fake.requests();
    expect(first?.failure).toBe('unavailable');
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(fake.captures()).toHaveLength(1);
  });

  it('charges once when the first attempt fails after the provider already captured', async () => {
    fake.setMode({ fail: 'error-after-capture', failTimes: 1 });
    const order = await placeSeedOrder();
    expect(order.status).toBe('paid');
    expect(fake.requests()).toHaveLength(2);
    expect(fake.captures()).toHaveLength(1);
    expect(order.capture_id).toBe(fake.captures()[0]?.id);
  });

  it('retries an attempt that timed out, with the same key', async () => {
    fake.setMode({ delayMs: 600_000 });
    const placing = placeSeedOrder();
    await fake.waitForRequests(1);
    fake.setMode({ delayMs: 0 });
    timeouts.expire(1);
    const order = await placing;
    expect(order.status).toBe('paid');
    const keys = fake.requests().map((request) => request.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(fake.captures()).toHaveLength(1);
  });

  it('marks the order payment_failed when the provider stays down, having tried a bounded number of times', async () => {
    fake.setMode({ fail: 'unavailable' });
    const order = await placeSeedOrder();
    expect(order).toMatchObject({ status: 'payment_failed', capture_id: null });
    expect(fake.requests()).toHaveLength(3);
    expect(fake.captures()).toHaveLength(0);
  });

  it('marks a declined order payment_failed without retrying', async () => {
    fake.setMode({ fail: 'decline' });
    const order = await placeSeedOrder();
    expect(order.status).toBe('payment_failed');
    expect(fake.requests()).toHaveLength(1);
  });

  it('marks the order payment_failed when the provider cannot be reached at all', async () => {
    await fake.close();
    const order = await placeSeedOrder();
    expect(order.status).toBe('payment_failed');
    fake = await startFakePayments();
  });
});
