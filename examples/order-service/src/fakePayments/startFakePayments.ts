import { setTimeout as sleep } from 'node:timers/promises';
import Fastify from 'fastify';
import { DEV_WEBHOOK_SECRET, type PaymentEvent } from '../webhooks/index.js';
import { CaptureLedger, type FakeCapture } from './CaptureLedger.js';
import { CaptureRequestSchema, IDEMPOTENCY_KEY, providerError } from './captureRequest.js';
import {
  ControlRequestSchema,
  type FailureMode,
  type FakePaymentsMode,
  modeResponse,
  NORMAL_MODE,
} from './FakePaymentsMode.js';
import { type WebhookDelivery, WebhookSender } from './WebhookSender.js';

/** Where the fake provider listens and whom it tells. Every field has a default. */
export interface FakePaymentsOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** The receiver of signed webhooks (the service's `/webhooks/payments`); none by default. */
  readonly webhookUrl?: string | null;
  readonly webhookSecret?: string;
  /** Milliseconds since the epoch, for timestamps and signatures. */
  readonly now?: () => number;
}

/** One `POST /captures` the fake received, whatever came of it. */
export interface ReceivedCapture {
  readonly idempotencyKey: string;
  readonly failure: FailureMode;
}

/** A running fake payment provider. */
export interface FakePayments {
  readonly url: string;
  /** Every capture made (the side effects), oldest first; also `GET /captures`. */
  captures(): readonly FakeCapture[];
  /** Every capture request received with a valid key, oldest first, including the failed ones. */
  requests(): readonly ReceivedCapture[];
  /** Resolves once at least `count` capture requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  /** Changes part of the mode (also `POST /_control`); returns the whole new mode. */
  setMode(patch: Partial<FakePaymentsMode>): FakePaymentsMode;
  setWebhookUrl(url: string | null): void;
  /** Resolves once every webhook delivery started so far has finished. */
  flushWebhooks(): Promise<void>;
  webhookDeliveries(): readonly WebhookDelivery[];
  /** Stops listening, cuts open connections and cancels delayed requests. */
  close(): Promise<void>;
}

/**
 * Starts a fake payment provider over real HTTP: `POST /captures` (deduplicated by
 * `Idempotency-Key`), `GET /captures`, and `POST /_control` to make it fail, slow down or
 * deliver webhooks twice. It signs webhooks like the real thing. For tests and demos only.
 */
export async function startFakePayments(options: FakePaymentsOptions = {}): Promise<FakePayments> {
  const now = options.now ?? Date.now;
  const ledger = new CaptureLedger();
  const webhooks = new WebhookSender({
    url: options.webhookUrl ?? null,
    secret: options.webhookSecret ?? DEV_WEBHOOK_SECRET,
    now,
  });
  const closing = new AbortController();
  const received: ReceivedCapture[] = [];
  const waiters = new Set<() => void>();
  let mode = NORMAL_MODE;
  let eventCount = 0;

  const setMode = (patch: Partial<FakePaymentsMode>): FakePaymentsMode => {
    mode = { ...mode, ...patch };
    return mode;
  };
  const takeFailure = (): FailureMode => {
    const failure = mode.fail;
    if (failure !== 'none' && mode.failTimes !== null) {
      mode =
        mode.failTimes <= 1 ? { ...mode, fail: 'none', failTimes: null } : { ...mode, failTimes: mode.failTimes - 1 };
    }
    return failure;
  };
  const emit = (type: string, data: PaymentEvent['data']): void => {
    eventCount += 1;
    const event = { id: `evt_${String(eventCount).padStart(6, '0')}`, type, created: Math.floor(now() / 1000), data };
    webhooks.send(event, mode.duplicateWebhooks ? 2 : 1);
  };

  const app = Fastify({ logger: false, forceCloseConnections: true });

  app.post('/captures', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      return reply.code(400).send(providerError('idempotency_key_missing', 'send an Idempotency-Key header'));
    }
    const input = CaptureRequestSchema.safeParse(request.body);
    if (!input.success) return reply.code(400).send(providerError('invalid_request', input.error.message));
    const failure = takeFailure();
    const delayMs = mode.delayMs;
    received.push({ idempotencyKey: key, failure });
    for (const wake of waiters) wake();
    if (delayMs > 0) await sleep(delayMs, undefined, { signal: closing.signal }).catch(() => undefined);
    if (closing.signal.aborted) return reply.code(503).send(providerError('shutting_down', 'the provider stopped'));

    const data = { reference: input.data.reference, amount: input.data.amount, currency: input.data.currency };
    if (failure === 'unavailable') return reply.code(503).send(providerError('unavailable', 'try again later'));
    if (failure === 'decline') {
      emit('payment.failed', {
        ...data,
        capture_id: null,
        metadata: input.data.metadata,
        failure_code: 'card_declined',
      });
      return reply.code(402).send(providerError('card_declined', 'the card was declined'));
    }
    const result = ledger.capture(key, input.data, Math.floor(now() / 1000));
    if (result.kind === 'created')
      emit('payment.captured', { ...data, capture_id: result.capture.id, metadata: input.data.metadata });
    if (failure === 'error-after-capture') return reply.code(500).send(providerError('internal', 'something broke'));
    if (result.kind === 'mismatch') {
      return reply.code(422).send(providerError('idempotency_key_reused', 'this key was used for a different capture'));
    }
    if (result.kind === 'replayed') reply.header('idempotent-replayed', 'true');
    return reply.code(result.kind === 'created' ? 201 : 200).send(result.capture);
  });

  app.get('/captures', async () => ({ captures: ledger.list() }));

  app.post('/_control', async (request, reply) => {
    const control = ControlRequestSchema.safeParse(request.body ?? {});
    if (!control.success) return reply.code(400).send(providerError('invalid_request', control.error.message));
    const body = control.data;
    if (body.reset === true) mode = NORMAL_MODE;
    setMode({
      ...(body.fail === undefined ? {} : { fail: body.fail, failTimes: body.times ?? null }),
      ...(body.delay_ms === undefined ? {} : { delayMs: body.delay_ms }),
      ...(body.duplicate_webhooks === undefined ? {} : { duplicateWebhooks: body.duplicate_webhooks }),
    });
    if (body.webhook_url !== undefined) webhooks.url = body.webhook_url;
    return modeResponse(mode, webhooks.url);
  });

  const url = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  return {
    url,
    captures: () => ledger.list(),
    requests: () => [...received],
    waitForRequests: (count) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (received.length < count) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
    setMode,
    setWebhookUrl: (next) => {
      webhooks.url = next;
    },
    flushWebhooks: () => webhooks.flush(),
    webhookDeliveries: () => webhooks.deliveries(),
    close: async () => {
      closing.abort();
      await app.close();
      await webhooks.flush();
    },
  };
}
