import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewOrder } from '../src/orders/index.js';
import { DEV_WEBHOOK_SECRET, type PaymentEvent, SIGNATURE_HEADER, signPayload } from '../src/webhooks/index.js';
import { startTestService, type TestService } from './support/testService.js';

let service: TestService;
beforeEach(async () => {
  service = await startTestService();
  await service.storage.repository.create(PENDING);
});
afterEach(async () => {
  await service.close();
});

const PENDING: NewOrder = {
  id: 'ord_pending',
  tenant: 'tenantA',
  customerId: 'cust_123',
  currency: 'USD',
  items: [{ sku: 'A1', qty: 2, unitPrice: 1250, lineTotal: 2500 }],
  total: 2500,
  createdAt: '2025-01-01T00:00:00.000Z',
};

function event(id: string, type = 'payment.captured', overrides: Partial<PaymentEvent['data']> = {}): PaymentEvent {
  const data = {
    capture_id: 'cap_9',
    reference: PENDING.id,
    amount: 2500,
    currency: 'USD',
    metadata: { tenant: 'tenantA' },
  };
  return { id, type, created: 1_735_689_600, data: { ...data, ...overrides } };
}

/** Delivers `body` as the provider would, signed at the test clock's time unless told otherwise. */
function deliver(body: unknown, options: { signature?: string | null; signedAtMs?: number; secret?: string } = {}) {
  const payload = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = Math.floor((options.signedAtMs ?? service.clock.now()) / 1000);
  const signature =
    options.signature === undefined
      ? signPayload({ secret: options.secret ?? DEV_WEBHOOK_SECRET, timestamp, body: payload })
      : options.signature;
  return service.app.inject({
    method: 'POST',
    url: '/webhooks/payments',
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { [SIGNATURE_HEADER]: signature }) },
    payload,
  });
}

const statusOf = async () => (await service.storage.repository.find('tenantA', PENDING.id))?.status;

describe('POST /webhooks/payments', () => {
  it('settles the order from a signed payment.captured event, without an API key', async () => {
    const response = await deliver(event('evt_1'));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: true, duplicate: false, order_status: 'paid' });
    expect(await service.storage.repository.find('tenantA', PENDING.id)).toMatchObject({
      status: 'paid',
      captureId: 'cap_9',
    });
  });

  it('processes a redelivered event once and says it was a duplicate', async () => {
    await deliver(event('evt_1'));
    const again = await deliver(event('evt_1'));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ received: true, duplicate: true });
    expect(processedEvents()).toEqual([{ event_id: 'evt_1', type: 'payment.captured' }]);
  });

  it('marks a pending order payment_failed from payment.failed, and never un-pays a paid one', async () => {
    expect((await deliver(event('evt_1', 'payment.failed', { capture_id: null }))).json()).toMatchObject({
      order_status: 'payment_failed',
    });
    await deliver(event('evt_2'));
    expect((await deliver(event('evt_3', 'payment.failed', { capture_id: null }))).json()).toMatchObject({
      order_status: 'paid',
    });
  });

  it('refuses a bad signature (401), changes nothing, and still accepts the genuine delivery after', async () => {
    const forged = await deliver(event('evt_1'), { secret: 'whsec_an_attackers_guess' });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'webhook/bad-signature' });
    expect(await statusOf()).toBe('pending_payment');
    expect((await deliver(event('evt_1'))).json()).toMatchObject({ duplicate: false, order_status: 'paid' });
  });

  it('refuses a body changed after signing', async () => {
    const signed = signPayload({ secret: DEV_WEBHOOK_SECRET, timestamp: service.clock.now() / 1000, body: '{}' });
    const response = await deliver(event('evt_1'), { signature: signed });
    expect(response.json()).toMatchObject({ code: 'webhook/bad-signature' });
  });

  it('refuses a missing signature', async () => {
    const response = await deliver(event('evt_1'), { signature: null });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'webhook/missing-signature' });
  });

  it('refuses a genuine signature more than five minutes old', async () => {
    const signedAtMs = service.clock.now();
    service.clock.advance(6 * 60 * 1000);
    const response = await deliver(event('evt_1'), { signedAtMs });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'webhook/stale-signature' });
    expect(await statusOf()).toBe('pending_payment');
  });

  it('answers a signed body that is not an event with 400', async () => {
    expect((await deliver('not json')).json()).toMatchObject({ code: 'webhook/invalid-event', status: 400 });
    const noTenant = await deliver({ ...event('evt_1'), data: { reference: PENDING.id } });
    expect(noTenant.statusCode).toBe(400);
  });

  it('acknowledges event types it does not act on', async () => {
    const response = await deliver(event('evt_1', 'payment.refunded'));
    expect(response.json()).toEqual({ received: true, duplicate: false, order_status: null });
    expect(await statusOf()).toBe('pending_payment');
  });
});

function processedEvents(): unknown[] {
  if (service.storage.kind !== 'sqlite') throw new Error('this suite runs on SQLite');
  return service.storage.db.prepare('SELECT event_id, type FROM processed_events').all();
}
