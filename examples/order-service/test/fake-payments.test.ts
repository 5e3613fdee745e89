import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakePayments, startFakePayments } from '../src/fakePayments/index.js';

let fake: FakePayments;
beforeEach(async () => {
  fake = await startFakePayments({ now: () => Date.UTC(2025, 0, 1) });
});
afterEach(async () => {
  await fake.close();
});

const CAPTURE = { amount: 2500, currency: 'USD', reference: 'ord_1', metadata: { tenant: 'tenantA' } };

function capture(body: unknown, key: string | null = 'key-1') {
  return fetch(`${fake.url}/captures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'idempotency-key': key }) },
    body: JSON.stringify(body),
  });
}

function control(body: unknown) {
  return fetch(`${fake.url}/_control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('the fake payment provider', () => {
  it('captures once per Idempotency-Key and replays the capture for a retry', async () => {
    const first = await capture(CAPTURE);
    const retry = await capture(CAPTURE);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    const listed = await (await fetch(`${fake.url}/captures`)).json();
    expect(listed).toEqual({ captures: [expect.objectContaining({ id: 'cap_000001', amount: 2500 })] });
  });

  it('refuses a capture without a key, or a key reused for another amount', async () => {
    expect((await capture(CAPTURE, null)).status).toBe(400);
    await capture(CAPTURE);
    const reused = await capture({ ...CAPTURE, amount: 9900 });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toEqual({ error: expect.objectContaining({ code: 'idempotency_key_reused' }) });
  });

  it('fails on command through POST /_control, for as many requests as told', async () => {
    const mode = await control({ fail: 'unavailable', times: 2, delay_ms: 0, duplicate_webhooks: true });
    expect(await mode.json()).toEqual({
      fail: 'unavailable',
      times: 2,
      delay_ms: 0,
      duplicate_webhooks: true,
      webhook_url: null,
    });
    expect((await capture(CAPTURE)).status).toBe(503);
    expect((await capture(CAPTURE)).status).toBe(503);
    expect((await capture(CAPTURE)).status).toBe(201);
  });

  it('records the capture before failing in error-after-capture mode', async () => {
    await control({ fail: 'error-after-capture', times: 1 });
    expect((await capture(CAPTURE)).status).toBe(500);
    expect(fake.captures()).toHaveLength(1);
    expect((await capture(CAPTURE)).status).toBe(200);
    expect(fake.captures()).toHaveLength(1);
  });

  it('resets to normal service and rejects a control body it does not understand', async () => {
    await control({ fail: 'decline' });
    expect(await (await control({ reset: true })).json()).toMatchObject({ fail: 'none', times: null });
    expect((await control({ fail: 'explode' })).status).toBe(400);
  });
});
