import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_ORDER, startTestService, type TestService } from './support/testService.js';

let service: TestService;
beforeEach(async () => {
  service = await startTestService();
});
afterEach(async () => {
  await service.close();
});

/** The problem a POST of `body` answers with, expected to be a 400. */
async function problemFor(body: unknown) {
  const response = await service.postOrder(body);
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  return response.json<{ code: string; field?: string; detail: string; errors?: { field: string }[] }>();
}

describe('POST /orders', () => {
  it('creates the seed order at 25.00 USD, captured and paid', async () => {
    const response = await service.postOrder(SEED_ORDER);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      order_id: expect.stringMatching(/^ord_[A-Za-z0-9_-]{22}$/),
      customer_id: 'cust_123',
      items: [{ sku: 'A1', qty: 2, unit_price: 1250, line_total: 2500 }],
      currency: 'USD',
      total: 2500,
      status: 'paid',
      capture_id: 'cap_test_1',
      created_at: '2025-01-01T00:00:00.000Z',
    });
  });

  it('prices several lines in the order currency', async () => {
    const body = {
      ...SEED_ORDER,
      currency: 'GBP',
      items: [
        { sku: 'A1', qty: 1 },
        { sku: 'B2', qty: 2 },
      ],
    };
    expect((await service.postOrder(body)).json()).toMatchObject({ total: 990 + 2 * 3999, currency: 'GBP' });
  });

  it.each([
    ['customer_id', { items: SEED_ORDER.items, currency: 'USD' }, 'validation/required'],
    ['customer_id', { ...SEED_ORDER, customer_id: 123 }, 'validation/invalid-type'],
    ['customer_id', { ...SEED_ORDER, customer_id: '' }, 'validation/out-of-range'],
    ['customer_id', { ...SEED_ORDER, customer_id: 'cust 123' }, 'validation/invalid-format'],
    ['items', { customer_id: 'cust_123', currency: 'USD' }, 'validation/required'],
    ['items', { ...SEED_ORDER, items: {} }, 'validation/invalid-type'],
    ['items', { ...SEED_ORDER, items: [] }, 'validation/out-of-range'],
    ['items[0].sku', { ...SEED_ORDER, items: [{ qty: 1 }] }, 'validation/required'],
    ['items[0].sku', { ...SEED_ORDER, items: [{ sku: 7, qty: 1 }] }, 'validation/invalid-type'],
    ['items[0].qty', { ...SEED_ORDER, items: [{ sku: 'A1' }] }, 'validation/required'],
    ['items[0].qty', { ...SEED_ORDER, items: [{ sku: 'A1', qty: '2' }] }, 'validation/invalid-type'],
    ['items[0].qty', { ...SEED_ORDER, items: [{ sku: 'A1', qty: 1.5 }] }, 'validation/invalid-type'],
    ['items[0].qty', { ...SEED_ORDER, items: [{ sku: 'A1', qty: 0 }] }, 'validation/out-of-range'],
    ['items[0].qty', { ...SEED_ORDER, items: [{ sku: 'A1', qty: 1001 }] }, 'validation/out-of-range'],
    ['currency', { customer_id: 'cust_123', items: SEED_ORDER.items }, 'validation/required'],
    ['currency', { ...SEED_ORDER, currency: 'usd' }, 'validation/unsupported-value'],
    ['currency', { ...SEED_ORDER, currency: 'JPY' }, 'validation/unsupported-value'],
    ['(body)', [SEED_ORDER], 'validation/invalid-type'],
  ])('names %s when it is wrong (%#)', async (field, body, code) => {
    const problem = await problemFor(body);
    expect(problem).toMatchObject({ code, field });
    expect(problem.detail.startsWith(field)).toBe(true);
  });

  it('names an unknown SKU by its position, and neither stores nor charges anything', async () => {
    const problem = await problemFor({
      ...SEED_ORDER,
      items: [
        { sku: 'A1', qty: 1 },
        { sku: 'NOPE', qty: 1 },
      ],
    });
    expect(problem).toMatchObject({ code: 'order/unknown-sku', field: 'items[1].sku' });
    expect((await service.get('/orders')).json()).toEqual({ orders: [] });
    expect(service.gateway.requests).toEqual([]);
  });

  it('reports every bad field at once', async () => {
    const problem = await problemFor({ customer_id: '', items: [{ sku: 'A1', qty: 0 }], currency: 'XXX' });
    expect(problem.errors?.map((error) => error.field)).toEqual(['customer_id', 'items[0].qty', 'currency']);
  });

  it('answers malformed JSON with a problem, not a stack trace', async () => {
    const response = await service.app.inject({
      method: 'POST',
      url: '/orders',
      headers: { authorization: 'Bearer dev-key-a', 'idempotency-key': 'k', 'content-type': 'application/json' },
      payload: '{"customer_id":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'request/malformed-json', status: 400 });
  });

  it('stores the order as pending_payment before it asks for the money', async () => {
    const seen: string[] = [];
    const captured = await startTestService({
      payments: {
        capture: async (request) => {
          const order = await captured.storage.repository.find('tenantA', request.reference);
          seen.push(order?.status ?? 'missing');
          return { status: 'captured', captureId: 'cap_1', attempts: 1 };
        },
      },
    });
    expect((await captured.postOrder(SEED_ORDER)).json()).toMatchObject({ status: 'paid' });
    expect(seen).toEqual(['pending_payment']);
    await captured.close();
  });

  it('answers 201 with payment_failed when the capture does not go through', async () => {
    service.gateway.answer(() => ({ status: 'declined', code: 'card_declined', attempts: 1 }));
    const response = await service.postOrder(SEED_ORDER);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'payment_failed', capture_id: null });
  });
});
