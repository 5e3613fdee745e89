import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_B, SEED_ORDER, startTestService, type TestService } from './support/testService.js';

describe.each(['sqlite', 'postgres'] as const)('POST /orders idempotency on %s', (backend) => {
  let service: TestService;
  beforeEach(async () => {
    service = await startTestService({ backend });
  });
  afterEach(async () => {
    await service.close();
  });

  const orderCount = async (apiKey?: string) =>
    (await service.get('/orders', apiKey)).json<{ orders: unknown[] }>().orders.length;

  it('answers a retry with the same key and payload with the same order, stored and charged once', async () => {
    const first = await service.postOrder(SEED_ORDER, { key: 'retry-me' });
    const retry = await service.postOrder(SEED_ORDER, { key: 'retry-me' });
    expect(first.statusCode).toBe(201);
    expect([200, 201]).toContain(retry.statusCode);
    expect(retry.json()).toEqual(first.json());
    expect(await orderCount()).toBe(1);
    expect(service.gateway.requests).toHaveLength(1);
  });

  it('refuses the same key with a different payload (422) and creates nothing', async () => {
    await service.postOrder(SEED_ORDER, { key: 'used-once' });
    const other = await service.postOrder({ ...SEED_ORDER, items: [{ sku: 'A1', qty: 3 }] }, { key: 'used-once' });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ code: 'idempotency/payload-mismatch' });
    expect(await orderCount()).toBe(1);
  });

  it('requires a key (400) and creates nothing without one', async () => {
    const response = await service.postOrder(SEED_ORDER, { key: null });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'idempotency/key-missing' });
    expect(await orderCount()).toBe(0);
    expect(service.gateway.requests).toHaveLength(0);
  });

  it('scopes keys by tenant: the same key from two tenants makes two orders', async () => {
    const a = await service.postOrder(SEED_ORDER, { key: 'shared-key' });
    const b = await service.postOrder(SEED_ORDER, { key: 'shared-key', apiKey: KEY_B });
    expect(b.statusCode).toBe(201);
    expect(b.json<{ order_id: string }>().order_id).not.toBe(a.json<{ order_id: string }>().order_id);
    expect(await orderCount(KEY_B)).toBe(1);
  });

  it('lets only one of several concurrent identical requests create the order', async () => {
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => service.postOrder(SEED_ORDER, { key: 'race' })),
    );
    const created = responses.filter((response) => response.statusCode === 201);
    for (const response of responses) expect([200, 201, 409]).toContain(response.statusCode);
    expect(new Set(created.map((response) => response.json<{ order_id: string }>().order_id)).size).toBe(1);
    expect(await orderCount()).toBe(1);
    expect(service.gateway.requests).toHaveLength(1);
  });
});
