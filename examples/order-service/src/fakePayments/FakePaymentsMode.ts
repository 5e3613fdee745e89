import { z } from 'zod';

/**
 * What the next capture requests meet:
 * - `none`: normal service.
 * - `unavailable`: a 503 before anything is recorded.
 * - `error-after-capture`: the capture is recorded, then a 500: the "first attempt failed after
 *   the side effect" case, where only a retry with the same key avoids a second charge.
 * - `decline`: a 402 `card_declined`, and a `payment.failed` webhook.
 */
export type FailureMode = 'none' | 'unavailable' | 'error-after-capture' | 'decline';

/** How the fake provider behaves right now. */
export interface FakePaymentsMode {
  readonly fail: FailureMode;
  /** How many more capture requests meet `fail` before it resets to `none`; null: all of them. */
  readonly failTimes: number | null;
  /** How long each capture request waits before it is handled. */
  readonly delayMs: number;
  /** Deliver every webhook event twice, with the same event id. */
  readonly duplicateWebhooks: boolean;
}

/** Normal service: no failure, no delay, one delivery per event. */
export const NORMAL_MODE: FakePaymentsMode = { fail: 'none', failTimes: null, delayMs: 0, duplicateWebhooks: false };

/**
 * The body of `POST /_control`, every field optional: `fail`, `times`, `delay_ms`,
 * `duplicate_webhooks`, `webhook_url` (null turns webhooks off), and `reset` (back to normal first).
 */
export const ControlRequestSchema = z.object({
  reset: z.boolean().optional(),
  fail: z.enum(['none', 'unavailable', 'error-after-capture', 'decline']).optional(),
  times: z.int().min(1).nullable().optional(),
  delay_ms: z.int().min(0).max(600_000).optional(),
  duplicate_webhooks: z.boolean().optional(),
  webhook_url: z.url().nullable().optional(),
});

/** The mode as `POST /_control` shows it. */
export function modeResponse(mode: FakePaymentsMode, webhookUrl: string | null): Record<string, unknown> {
  return {
    fail: mode.fail,
    times: mode.failTimes,
    delay_ms: mode.delayMs,
    duplicate_webhooks: mode.duplicateWebhooks,
    webhook_url: webhookUrl,
  };
}
