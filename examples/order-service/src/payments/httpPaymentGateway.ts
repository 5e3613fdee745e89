import { setTimeout as sleepFor } from 'node:timers/promises';
import { z } from 'zod';
import { type BackoffOptions, backoffDelay } from './backoff.js';
import type { CaptureOutcome, CaptureRequest, PaymentGateway } from './PaymentGateway.js';

/** A failed attempt that will be retried, for logs. */
export interface RetryEvent {
  readonly attempt: number;
  readonly reason: string;
  readonly delayMs: number;
  readonly idempotencyKey: string;
}

/** How to reach the provider and how hard to try. Only `baseUrl` is required. */
export interface HttpPaymentGatewayOptions {
  /** The provider's base URL (`PAYMENTS_URL`); captures go to `${baseUrl}/captures`. */
  readonly baseUrl: string;
  /** Attempts per capture, the first included (default 3). */
  readonly attempts?: number;
  /** Per-attempt timeout covering the request and the response body (default 2000 ms). */
  readonly timeoutMs?: number;
  readonly backoff?: BackoffOptions;
  readonly fetch?: typeof globalThis.fetch;
  /** Waits between attempts; tests pass one that returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Makes each attempt's abort signal (default `AbortSignal.timeout`); tests pass one they abort by hand. */
  readonly timeoutSignal?: (ms: number) => AbortSignal;
  readonly onRetry?: (event: RetryEvent) => void;
}

const DEFAULTS = {
  attempts: 3,
  timeoutMs: 2000,
  backoff: { baseMs: 100, maxMs: 1000 },
  sleep: (ms: number) => sleepFor(ms),
  random: Math.random,
  timeoutSignal: (ms: number) => AbortSignal.timeout(ms),
} as const;

const CaptureBody = z.object({ id: z.string().min(1) });
const ErrorBody = z.object({ error: z.object({ code: z.string() }) });

/** Statuses worth another attempt with the same key: the provider may not have acted, or is busy with the key. */
const RETRYABLE = (status: number) => status >= 500 || status === 429 || status === 409 || status === 408;

type Attempt =
  | { readonly kind: 'captured'; readonly captureId: string }
  | { readonly kind: 'declined'; readonly code: string }
  | { readonly kind: 'retry'; readonly reason: string };

/**
 * Captures over HTTP with bounded retries: a 5xx, 408, 409, 429, a timeout or a network error is
 * retried after a jittered backoff, at most `attempts` times in all, always with the request's one
 * idempotency key, so a retry after a lost response never charges twice. Another 4xx is final.
 */
export function createHttpPaymentGateway(options: HttpPaymentGatewayOptions): PaymentGateway {
  const settings = { ...DEFAULTS, fetch: globalThis.fetch, ...options };
  const url = `${settings.baseUrl.replace(/\/+$/, '')}/captures`;

  async function attempt(request: CaptureRequest): Promise<Attempt> {
    try {
      const response = await settings.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': request.idempotencyKey },
        body: JSON.stringify({
          amount: request.amount,
          currency: request.currency,
          reference: request.reference,
          metadata: request.metadata,
        }),
        signal: settings.timeoutSignal(settings.timeoutMs),
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (response.ok) {
        const capture = CaptureBody.safeParse(body);
        return capture.success
          ? { kind: 'captured', captureId: capture.data.id }
          : { kind: 'retry', reason: `HTTP ${response.status} without a capture id` };
      }
      if (RETRYABLE(response.status)) return { kind: 'retry', reason: `HTTP ${response.status}` };
      const error = ErrorBody.safeParse(body);
      return { kind: 'declined', code: error.success ? error.data.error.code : `http_${response.status}` };
    } catch (error) {
      return { kind: 'retry', reason: describeFailure(error) };
    }
  }

  return {
    async capture(request: CaptureRequest): Promise<CaptureOutcome> {
      let reason = 'no attempt made';
      for (let number = 1; number <= settings.attempts; number++) {
        const result = await attempt(request);
        if (result.kind === 'captured') return { status: 'captured', captureId: result.captureId, attempts: number };
        if (result.kind === 'declined') return { status: 'declined', code: result.code, attempts: number };
        reason = result.reason;
        if (number === settings.attempts) break;
        const delayMs = backoffDelay(number, settings.backoff, settings.random);
        settings.onRetry?.({ attempt: number, reason, delayMs, idempotencyKey: request.idempotencyKey });
        await settings.sleep(delayMs);
      }
      return { status: 'unavailable', reason, attempts: settings.attempts };
    },
  };
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `network error${cause}`;
}
