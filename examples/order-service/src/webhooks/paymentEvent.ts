import { z } from 'zod';
import type { PaymentSettlement, SettledStatus } from '../orders/index.js';

/** The event types that settle an order, and the status each moves it to. */
export const SETTLING_EVENTS: Readonly<Record<string, SettledStatus>> = {
  'payment.captured': 'paid',
  'payment.failed': 'payment_failed',
};

/** What the provider says about one capture; `metadata` and `reference` echo what we sent with it. */
export const PaymentEventDataSchema = z.object({
  capture_id: z.string().min(1).nullable(),
  reference: z.string().min(1).max(128),
  amount: z.int().min(0),
  currency: z.string().length(3),
  metadata: z.object({ tenant: z.string().min(1).max(64) }),
  failure_code: z.string().optional(),
});

/** The envelope of every provider event; `data` is checked per type, so unknown types still parse. */
export const PaymentEventSchema = z.object({
  id: z.string().min(1).max(128),
  type: z.string().min(1).max(64),
  created: z.int(),
  data: z.unknown(),
});

/** A provider event about one capture, as the provider sends it; we need `metadata.tenant` to settle it. */
export interface PaymentEvent {
  readonly id: string;
  readonly type: string;
  /** Unix seconds. */
  readonly created: number;
  readonly data: {
    readonly capture_id: string | null;
    readonly reference: string;
    readonly amount: number;
    readonly currency: string;
    readonly metadata: Readonly<Record<string, string>>;
    readonly failure_code?: string;
  };
}

/**
 * The settlement an event asks for: null for a type we only acknowledge, an error message if a
 * settling event's data is malformed, else the tenant's order and its new status.
 */
export function settlementOf(
  event: z.output<typeof PaymentEventSchema>,
  at: string,
): PaymentSettlement | null | string {
  const status = Object.hasOwn(SETTLING_EVENTS, event.type) ? SETTLING_EVENTS[event.type] : undefined;
  if (status === undefined) return null;
  const data = PaymentEventDataSchema.safeParse(event.data);
  if (!data.success) {
    const issue = data.error.issues[0];
    return `data.${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'is invalid'}`;
  }
  return {
    tenant: data.data.metadata.tenant,
    orderId: data.data.reference,
    status,
    captureId: status === 'paid' ? data.data.capture_id : null,
    at,
  };
}
