import type { Clock } from '../clock.js';
import { ProblemError } from '../http/index.js';
import type { PaymentGateway } from '../payments/index.js';
import type { Catalog } from './catalog.js';
import type { NewOrder, Order } from './Order.js';
import type { OrderRepository } from './OrderRepository.js';
import { deriveCaptureKey, deriveOrderId } from './orderKeys.js';
import type { OrderRequest } from './orderRequest.js';
import { priceOrder } from './priceOrder.js';

/** What placing an order needs from the outside world. */
export interface PlaceOrderDeps {
  readonly repository: OrderRepository;
  readonly payments: PaymentGateway;
  readonly catalog: Catalog;
  readonly clock: Clock;
}

/** One tenant's request for an order, with the `Idempotency-Key` it came with. */
export interface PlaceOrderCommand {
  readonly tenant: string;
  readonly idempotencyKey: string;
  readonly request: OrderRequest;
}

/**
 * Places a tenant's order: prices it (unknown SKUs are a 400 naming `items[i].sku`), stores it as
 * `pending_payment` under the id derived from the tenant and key, captures the total inline with
 * the order's derived capture key, then settles it as `paid` or `payment_failed`.
 * Safe to run again for the same command (the guardrail's lease expired on a crashed attempt): it
 * resumes the stored order, and the provider deduplicates the capture by its key. The same key for
 * different contents is a 422.
 */
export async function placeOrder(deps: PlaceOrderDeps, command: PlaceOrderCommand): Promise<Order> {
  const { tenant, request } = command;
  const priced = priceOrder(request.items, request.currency, deps.catalog);
  if (!('total' in priced)) throw ProblemError.invalidFields(priced);
  const order = await findOrCreate(deps.repository, {
    id: deriveOrderId({ tenant, idempotencyKey: command.idempotencyKey }),
    tenant,
    customerId: request.customer_id,
    currency: request.currency,
    items: priced.lines,
    total: priced.total,
    createdAt: new Date(deps.clock.now()).toISOString(),
  });
  if (order.status === 'paid') return order;

  const outcome = await deps.payments.capture({
    idempotencyKey: deriveCaptureKey({ tenant, orderId: order.id, amount: order.total, currency: order.currency }),
    amount: order.total,
    currency: order.currency,
    reference: order.id,
    metadata: { tenant },
  });
  const settled = await deps.repository.settle({
    tenant,
    orderId: order.id,
    status: outcome.status === 'captured' ? 'paid' : 'payment_failed',
    captureId: outcome.status === 'captured' ? outcome.captureId : null,
    at: new Date(deps.clock.now()).toISOString(),
  });
  return settled ?? order;
}

async function findOrCreate(repository: OrderRepository, order: NewOrder): Promise<Order> {
  const existing = await repository.find(order.tenant, order.id);
  if (existing === undefined) return repository.create(order);
  if (!sameContents(existing, order)) {
    throw new ProblemError(
      422,
      'order/key-reused',
      `this Idempotency-Key already placed order ${order.id} with different contents; send a new key for a new order`,
    );
  }
  return existing;
}

/** Same customer, currency and lines (SKU and quantity; prices may have changed since). */
function sameContents(stored: Order, requested: NewOrder): boolean {
  const lines = (order: Order | NewOrder) => JSON.stringify(order.items.map((line) => [line.sku, line.qty]));
  return (
    stored.customerId === requested.customerId &&
    stored.currency === requested.currency &&
    lines(stored) === lines(requested)
  );
}
