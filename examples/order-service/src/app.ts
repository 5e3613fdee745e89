import type { IdempotencyEngine } from '@driftguard/guardrails/idempotency';
import { idempotencyPlugin } from '@driftguard/guardrails/idempotency/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { type Clock, systemClock } from './clock.js';
import type { LogLevel } from './config.js';
import { installErrorHandling, requireApiKey, type TenantDirectory, tenantIdOf } from './http/index.js';
import { CATALOG, type Catalog, type OrderRepository, registerOrderRoutes } from './orders/index.js';
import type { PaymentGateway } from './payments/index.js';
import { registerPaymentWebhookRoutes } from './webhooks/index.js';

/** Everything the HTTP app needs, passed in so tests can build it around their own parts. */
export interface AppDeps {
  readonly repository: OrderRepository;
  readonly payments: PaymentGateway;
  /** Guards `POST /orders`: its store should live in the same database as the orders. */
  readonly idempotency: IdempotencyEngine;
  readonly tenants: TenantDirectory;
  readonly webhookSecret: string;
  /** Default: the wall clock. */
  readonly clock?: Clock;
  /** Default: the built-in `CATALOG`. */
  readonly catalog?: Catalog;
  /** Default: `silent`, so in-process tests print nothing. */
  readonly logLevel?: LogLevel;
}

/**
 * The order service as a Fastify app, not yet listening (use `app.inject` in tests, `app.listen`
 * to serve). Orders sit behind API-key auth, then the idempotency guardrail (keys scoped by tenant;
 * `POST /orders` requires one); the payment webhook sits outside both, authenticated by its
 * signature; `GET /health` is open.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const clock = deps.clock ?? systemClock;
  const app = Fastify({ logger: { level: deps.logLevel ?? 'silent' } });
  installErrorHandling(app);

  app.get('/health', async () => ({ status: 'ok' }));

  await app.register(async (orders) => {
    requireApiKey(orders, deps.tenants);
    await orders.register(idempotencyPlugin, { engine: deps.idempotency, principal: tenantIdOf });
    registerOrderRoutes(orders, {
      repository: deps.repository,
      payments: deps.payments,
      catalog: deps.catalog ?? CATALOG,
      clock,
    });
  });

  await app.register(async (webhooks) => {
    registerPaymentWebhookRoutes(webhooks, { repository: deps.repository, secret: deps.webhookSecret, clock });
  });

  return app;
}
