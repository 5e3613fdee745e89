import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';
import { deriveCaptureKey, deriveOrderId, type NewOrder } from '../src/orders/index.js';
import { createHttpPaymentGateway, type PaymentGateway } from '../src/payments/index.js';
import { SEED_ORDER, startTestService, type TestService } from './support/testService.js';

// A crashed attempt leaves its work half done and, once its lease expires, the guardrail lets the
// retry run the handler again. These tests recreate what the crashed attempt left behind directly.

let fake: FakePayments;
let gateway: PaymentGateway;
let service: TestService;

beforeEach(async () => {
  fake = await startFakePayments();
  gateway = createHttpPaymentGateway({ baseUrl: fake.url, sleep: async () => {} });
  service = await startTestService({ payments: gateway });
});
afterEach(async () => {
  await service.close();
  await fake.close();
});

const KEY = 'crashy-key';
const ORDER_ID = deriveOrderId({ tenant: 'tenantA', idempotencyKey: KEY });

/** The order the crashed attempt stored before it died. */
function leftBehind(overrides: Partial<NewOrder> = {}): NewOrder {
  return {
    id: ORDER_ID,
    tenant: 'tenantA',
    customerId: 'cust_123',
    currency: 'USD',
    items: [{ sku: 'A1', qty: 2, unitPrice: 1250, lineTotal: 2500 }],
    total: 2500,
    createdAt: '2024-12-31T23:59:00.000Z',
    ...overrides,
  };
}

const orderCount = async () => (await service.get('/orders')).json<{ orders: unknown[] }>().orders.length;

describe('a retry after a crashed attempt', () => {
  it('resumes the order the crashed attempt stored instead of creating a second one', async () => {
    await service.storage.repository.create(leftBehind());
    const response = await service.postOrder(SEED_ORDER, { key: KEY });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      order_id: ORDER_ID,
      status: 'paid',
      created_at: '2024-12-31T23:59:00.000Z',
    });
    expect(await orderCount()).toBe(1);
  });

  it('does not charge twice when the crashed attempt had already captured', async () => {
    await service.storage.repository.create(leftBehind());
    const first = await gateway.capture({
      idempotencyKey: deriveCaptureKey({ tenant: 'tenantA', orderId: ORDER_ID, amount: 2500, currency: 'USD' }),
      amount: 2500,
      currency: 'USD',
      reference: ORDER_ID,
      metadata: { tenant: 'tenantA' },
    });
    const response = await service.postOrder(SEED_ORDER, { key: KEY });
    expect(first.status).toBe('captured');
    expect(response.json()).toMatchObject({ status: 'paid', capture_id: fake.captures()[0]?.id });
    expect(fake.captures()).toHaveLength(1);
  });

  it('returns an order that was already paid without asking for money again', async () => {
    await service.storage.repository.create(leftBehind());
    await service.storage.repository.settle({
      tenant: 'tenantA',
      orderId: ORDER_ID,
      status: 'paid',
      captureId: 'cap_earlier',
      at: '2024-12-31T23:59:01.000Z',
    });
    expect((await service.postOrder(SEED_ORDER, { key: KEY })).json()).toMatchObject({ capture_id: 'cap_earlier' });
    expect(fake.requests()).toHaveLength(0);
  });

  it('refuses a key that already placed an order with other contents', async () => {
    await service.storage.repository.create(
      leftBehind({ items: [{ sku: 'B2', qty: 1, unitPrice: 4999, lineTotal: 4999 }] }),
    );
    const response = await service.postOrder(SEED_ORDER, { key: KEY });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'order/key-reused' });
    expect(fake.requests()).toHaveLength(0);
  });
});
