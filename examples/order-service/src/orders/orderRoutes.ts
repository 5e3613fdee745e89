import { parseIdempotencyKey } from '@driftguard/guardrails/idempotency';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemError, parseOrThrow, tenantOf } from '../http/index.js';
import { OrderListQuerySchema, OrderRequestSchema } from './orderRequest.js';
import { orderResponse } from './orderResponse.js';
import { type PlaceOrderDeps, placeOrder } from './placeOrder.js';

/**
 * `POST /orders`, `GET /orders/:id` and `GET /orders?customer_id=…` on `scope`, which must already
 * authenticate (`requireApiKey`) and run the idempotency guardrail: every route reads and writes only
 * the caller's tenant, and `POST /orders` is guarded by (and derives its order id from) the key.
 */
export function registerOrderRoutes(scope: FastifyInstance, deps: PlaceOrderDeps): void {
  scope.post('/orders', { config: { idempotency: { required: true } } }, async (request, reply) => {
    const order = await placeOrder(deps, {
      tenant: tenantOf(request),
      idempotencyKey: idempotencyKeyOf(request),
      request: parseOrThrow(OrderRequestSchema, request.body),
    });
    return reply.code(201).send(orderResponse(order));
  });

  scope.get<{ Params: { id: string } }>('/orders/:id', async (request) => {
    const order = await deps.repository.find(tenantOf(request), request.params.id);
    if (order === undefined) {
      throw new ProblemError(404, 'order/not-found', `no order ${request.params.id} for this API key's tenant`);
    }
    return orderResponse(order);
  });

  scope.get('/orders', async (request) => {
    const query = parseOrThrow(OrderListQuerySchema, request.query);
    const orders = await deps.repository.list(tenantOf(request), {
      limit: query.limit,
      ...(query.customer_id === undefined ? {} : { customerId: query.customer_id }),
    });
    return { orders: orders.map(orderResponse) };
  });
}

/** The request's `Idempotency-Key`, read the way the guardrail reads it; the guardrail already refused requests without one. */
function idempotencyKeyOf(request: FastifyRequest): string {
  const parsed = parseIdempotencyKey(String(request.headers['idempotency-key'] ?? ''));
  if (!parsed.ok) throw new ProblemError(400, 'idempotency/key-missing', parsed.problem);
  return parsed.key;
}
