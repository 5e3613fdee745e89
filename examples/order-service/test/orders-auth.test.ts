import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_B, SEED_ORDER, startTestService, type TestService } from './support/testService.js';

let service: TestService;
beforeEach(async () => {
  service = await startTestService();
});
afterEach(async () => {
  await service.close();
});

describe('API keys', () => {
  it('refuse a request without an Authorization header, saying how to authenticate', async () => {
    const response = await service.app.inject({ method: 'GET', url: '/orders' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="order-service"');
    expect(response.json()).toMatchObject({ code: 'auth/missing-api-key' });
  });

  it.each(['Bearer wrong-key-123', 'Basic ZGV2LWtleS1hOg==', 'dev-key-a', 'Bearer'])('refuse "%s"', async (header) => {
    const response = await service.app.inject({ method: 'GET', url: '/orders', headers: { authorization: header } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'auth/invalid-api-key' });
  });

  it('refuse before looking at the body or the idempotency key', async () => {
    const response = await service.app.inject({ method: 'POST', url: '/orders', payload: { nonsense: true } });
    expect(response.statusCode).toBe(401);
  });

  it('leave the health check open', async () => {
    expect((await service.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
  });
});

describe('tenant isolation', () => {
  it("lets a tenant read its own order and never another tenant's", async () => {
    const { order_id } = (await service.postOrder(SEED_ORDER)).json<{ order_id: string }>();
    expect((await service.get(`/orders/${order_id}`)).json()).toMatchObject({ order_id, status: 'paid' });
    const other = await service.get(`/orders/${order_id}`, KEY_B);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'order/not-found' });
    expect((await service.get('/orders?customer_id=cust_123', KEY_B)).json()).toEqual({ orders: [] });
  });

  it('scopes capture keys by tenant, so equal orders of two tenants are two captures', async () => {
    await service.postOrder(SEED_ORDER);
    await service.postOrder(SEED_ORDER, { apiKey: KEY_B });
    const [first, second] = service.gateway.requests;
    expect(first?.metadata).toEqual({ tenant: 'tenantA' });
    expect(second?.metadata).toEqual({ tenant: 'tenantB' });
    expect(first?.idempotencyKey).not.toBe(second?.idempotencyKey);
  });
});

describe('GET /orders', () => {
  it("lists the tenant's orders newest first, by customer, up to the limit", async () => {
    const place = async (customer: string) =>
      (await service.postOrder({ ...SEED_ORDER, customer_id: customer })).json<{ order_id: string }>().order_id;
    const first = await place('cust_123');
    await place('cust_456');
    const third = await place('cust_123');
    const list = await service.get('/orders?customer_id=cust_123');
    expect(list.json<{ orders: { order_id: string }[] }>().orders.map((order) => order.order_id)).toEqual([
      third,
      first,
    ]);
    expect((await service.get('/orders?limit=1')).json<{ orders: unknown[] }>().orders).toHaveLength(1);
  });

  it('names a bad query parameter', async () => {
    const response = await service.get('/orders?limit=0');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation/out-of-range', field: 'limit' });
  });

  it('answers an unknown route with a problem', async () => {
    const response = await service.get('/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'route/not-found' });
  });
});
