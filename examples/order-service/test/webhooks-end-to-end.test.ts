import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';
import { createHttpPaymentGateway } from '../src/payments/index.js';
import { manualClock } from './support/manualClock.js';
import { SEED_ORDER, startTestService, type TestService } from './support/testService.js';

let fake: FakePayments;
let service: TestService;

beforeEach(async () => {
  // The provider signs with the same manual clock the service checks signatures against.
  const clock = manualClock();
  fake = await startFakePayments({ now: clock.now });
  service = await startTestService({
    clock,
    payments: createHttpPaymentGateway({ baseUrl: fake.url, sleep: async () => {} }),
  });
  const url = await service.app.listen({ port: 0, host: '127.0.0.1' });
  fake.setWebhookUrl(`${url}/webhooks/payments`);
});
afterEach(async () => {
  await fake.close();
  await service.close();
});

function processedEvents(): number {
  if (service.storage.kind !== 'sqlite') throw new Error('this suite runs on SQLite');
  return service.storage.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM processed_events').get()?.n ?? 0;
}

describe('provider webhooks over real HTTP', () => {
  it('settles an order the provider captured although every attempt we made failed, once despite a redelivery', async () => {
    fake.setMode({ fail: 'error-after-capture', duplicateWebhooks: true });
    const placed = (await service.postOrder(SEED_ORDER)).json<{ order_id: string }>();
    await fake.flushWebhooks();

    expect(fake.captures()).toHaveLength(1);
    expect(fake.webhookDeliveries().map((delivery) => [delivery.eventId, delivery.status])).toEqual([
      ['evt_000001', 200],
      ['evt_000001', 200],
    ]);
    expect(processedEvents()).toBe(1);
    const order = (await service.get(`/orders/${placed.order_id}`)).json();
    expect(order).toMatchObject({ status: 'paid', capture_id: fake.captures()[0]?.id });
  });

  it('reports a declined capture through a payment.failed event', async () => {
    fake.setMode({ fail: 'decline' });
    const placed = (await service.postOrder(SEED_ORDER)).json<{ order_id: string; status: string }>();
    await fake.flushWebhooks();
    expect(placed.status).toBe('payment_failed');
    expect(fake.webhookDeliveries()).toEqual([
      { eventId: 'evt_000001', type: 'payment.failed', status: 200, error: null },
    ]);
  });
});
