import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock.js';
import { ProblemError } from '../http/index.js';
import type { OrderRepository } from '../orders/index.js';
import { PaymentEventSchema, settlementOf } from './paymentEvent.js';
import { SIGNATURE_HEADER, verifySignature } from './signature.js';

/** What the webhook route needs: where orders live, the shared secret, and the clock for the timestamp check. */
export interface WebhookDeps {
  readonly repository: OrderRepository;
  readonly secret: string;
  readonly clock: Clock;
}

/**
 * `POST /webhooks/payments` on `scope`, which must not require an API key: the HMAC signature over
 * the raw body is the authentication (401 if missing, wrong or stale). Each event id is processed
 * once; a redelivery answers 200 `{ duplicate: true }` and changes nothing.
 */
export function registerPaymentWebhookRoutes(scope: FastifyInstance, deps: WebhookDeps): void {
  // The signature is over the exact bytes sent, so this scope keeps the body raw instead of parsing JSON.
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 256 * 1024 }, (_request, body, done) => {
    done(null, body);
  });

  scope.post('/webhooks/payments', async (request) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const header = request.headers[SIGNATURE_HEADER];
    const check = verifySignature({
      header: Array.isArray(header) ? header.join(',') : header,
      body,
      secret: deps.secret,
      nowMs: deps.clock.now(),
    });
    if (!check.ok) throw new ProblemError(401, check.code, check.detail);

    const event = PaymentEventSchema.safeParse(parseJson(body));
    if (!event.success) throw new ProblemError(400, 'webhook/invalid-event', 'the body is not a payment event');
    const receivedAt = new Date(deps.clock.now()).toISOString();
    const settlement = settlementOf(event.data, receivedAt);
    if (typeof settlement === 'string') throw new ProblemError(400, 'webhook/invalid-event', settlement);

    const result = await deps.repository.recordPaymentEvent({
      eventId: event.data.id,
      type: event.data.type,
      receivedAt,
      settlement,
    });
    if (result.duplicate) return { received: true, duplicate: true };
    return { received: true, duplicate: false, order_status: result.order?.status ?? null };
  });
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
