/**
 * The contract every `OrderRepository` passes: `runRepositoryContract(name, factory)` holds the
 * SQLite and PostgreSQL repositories to the same semantics with the same tests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewOrder, OrderRepository, PaymentSettlement } from '../../src/orders/index.js';

/** A fresh, migrated, empty repository and a way to drop it. */
export interface RepositoryHarness {
  readonly repository: OrderRepository;
  close(): Promise<void>;
}

const AT = '2025-01-01T00:00:00.000Z';

function newOrder(id: string, overrides: Partial<NewOrder> = {}): NewOrder {
  return {
    id,
    tenant: 'tenantA',
    customerId: 'cust_123',
    currency: 'USD',
    items: [
      { sku: 'A1', qty: 2, unitPrice: 1250, lineTotal: 2500 },
      { sku: 'C3', qty: 1, unitPrice: 199, lineTotal: 199 },
    ],
    total: 2699,
    createdAt: AT,
    ...overrides,
  };
}

function settlement(orderId: string, overrides: Partial<PaymentSettlement> = {}): PaymentSettlement {
  return { tenant: 'tenantA', orderId, status: 'paid', captureId: 'cap_1', at: AT, ...overrides };
}

/** Runs the repository contract against repositories made by `factory`. */
export function runRepositoryContract(name: string, factory: () => Promise<RepositoryHarness>): void {
  describe(`OrderRepository contract: ${name}`, () => {
    let harness: RepositoryHarness;
    let repository: OrderRepository;

    beforeEach(async () => {
      harness = await factory();
      repository = harness.repository;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('stores an order with its lines as pending_payment and reads it back unchanged', async () => {
      const created = await repository.create(newOrder('ord_1'));
      expect(created).toMatchObject({ status: 'pending_payment', captureId: null });
      expect(await repository.find('tenantA', 'ord_1')).toEqual(created);
    });

    it("never finds another tenant's order", async () => {
      await repository.create(newOrder('ord_1'));
      expect(await repository.find('tenantB', 'ord_1')).toBeUndefined();
      expect(await repository.find('tenantA', 'ord_missing')).toBeUndefined();
    });

    it('keeps money as exact integers beyond 32 bits', async () => {
      const big = 9_000_000_000;
      await repository.create(
        newOrder('ord_big', { items: [{ sku: 'D4', qty: 1, unitPrice: big, lineTotal: big }], total: big }),
      );
      const order = await repository.find('tenantA', 'ord_big');
      expect(order?.total).toBe(big);
      expect(order?.items[0]?.unitPrice).toBe(big);
    });

    it('writes an order and its lines all or nothing', async () => {
      const broken = newOrder('ord_broken', { items: [{ sku: 'A1', qty: 0, unitPrice: 1250, lineTotal: 0 }] });
      await expect(repository.create(broken)).rejects.toThrow();
      expect(await repository.find('tenantA', 'ord_broken')).toBeUndefined();
    });

    it('refuses a second order with the same id and keeps the first', async () => {
      const first = await repository.create(newOrder('ord_1'));
      await expect(repository.create(newOrder('ord_1', { customerId: 'cust_other', items: [] }))).rejects.toThrow();
      expect(await repository.find('tenantA', 'ord_1')).toEqual(first);
    });

    it("lists a tenant's orders newest first, by customer, up to the limit", async () => {
      await repository.create(newOrder('ord_1'));
      await repository.create(newOrder('ord_2', { customerId: 'cust_other' }));
      await repository.create(newOrder('ord_3'));
      await repository.create(newOrder('ord_b', { tenant: 'tenantB' }));
      const ids = async (query: Parameters<OrderRepository['list']>[1]) =>
        (await repository.list('tenantA', query)).map((order) => order.id);
      expect(await ids({ limit: 10 })).toEqual(['ord_3', 'ord_2', 'ord_1']);
      expect(await ids({ customerId: 'cust_123', limit: 10 })).toEqual(['ord_3', 'ord_1']);
      expect(await ids({ limit: 1 })).toEqual(['ord_3']);
      expect((await repository.list('tenantA', { limit: 10 }))[0]?.items).toHaveLength(2);
    });

    it('settles a pending order as paid with its capture id', async () => {
      await repository.create(newOrder('ord_1'));
      const paid = await repository.settle(settlement('ord_1'));
      expect(paid).toMatchObject({ status: 'paid', captureId: 'cap_1' });
    });

    it('never un-pays a paid order', async () => {
      await repository.create(newOrder('ord_1'));
      await repository.settle(settlement('ord_1'));
      const after = await repository.settle(settlement('ord_1', { status: 'payment_failed', captureId: null }));
      expect(after).toMatchObject({ status: 'paid', captureId: 'cap_1' });
    });

    it('lets a failed order become paid when the capture turns out to have happened', async () => {
      await repository.create(newOrder('ord_1'));
      await repository.settle(settlement('ord_1', { status: 'payment_failed', captureId: null }));
      expect(await repository.settle(settlement('ord_1', { captureId: 'cap_late' }))).toMatchObject({
        status: 'paid',
        captureId: 'cap_late',
      });
    });

    it("does not settle another tenant's order", async () => {
      await repository.create(newOrder('ord_1'));
      expect(await repository.settle(settlement('ord_1', { tenant: 'tenantB' }))).toBeUndefined();
      expect((await repository.find('tenantA', 'ord_1'))?.status).toBe('pending_payment');
    });

    it('processes a payment event once and reports its redelivery as a duplicate', async () => {
      await repository.create(newOrder('ord_1'));
      const event = { eventId: 'evt_1', type: 'payment.captured', receivedAt: AT, settlement: settlement('ord_1') };
      expect(await repository.recordPaymentEvent(event)).toMatchObject({ duplicate: false, order: { status: 'paid' } });
      await repository.create(newOrder('ord_2'));
      const replay = { ...event, settlement: settlement('ord_2') };
      expect(await repository.recordPaymentEvent(replay)).toEqual({ duplicate: true, order: undefined });
      expect((await repository.find('tenantA', 'ord_2'))?.status).toBe('pending_payment');
    });

    it('records events that settle nothing, so their redelivery is a duplicate too', async () => {
      const event = { eventId: 'evt_info', type: 'payment.refunded', receivedAt: AT, settlement: null };
      expect(await repository.recordPaymentEvent(event)).toEqual({ duplicate: false, order: undefined });
      expect((await repository.recordPaymentEvent(event)).duplicate).toBe(true);
    });

    it('lets exactly one of many concurrent deliveries of an event through', async () => {
      await repository.create(newOrder('ord_1'));
      const event = { eventId: 'evt_race', type: 'payment.captured', receivedAt: AT, settlement: settlement('ord_1') };
      const results = await Promise.all(Array.from({ length: 6 }, () => repository.recordPaymentEvent(event)));
      expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    });
  });
}
