import { deriveKey } from '@driftguard/guardrails/idempotency';

/** Who asked for an order, and with which `Idempotency-Key`: together they name one order. */
export interface OrderRequestIdentity {
  readonly tenant: string;
  readonly idempotencyKey: string;
}

/** What makes two capture calls the same capture: the same tenant's order, for the same amount and currency. */
export interface CaptureIdentity {
  readonly tenant: string;
  readonly orderId: string;
  /** The amount to capture, in minor units. */
  readonly amount: number;
  readonly currency: string;
}

const ORDER_OPERATION = 'order.create';
const CAPTURE_OPERATION = 'payment.capture';

/**
 * The id of the order a tenant's request creates: `ord_` and 22 characters derived from the tenant
 * and the request's `Idempotency-Key`. A retry that runs the handler again (the first attempt
 * crashed mid-way) lands on the same order instead of creating a second one.
 */
export function deriveOrderId(request: OrderRequestIdentity): string {
  const key = deriveKey(ORDER_OPERATION, { tenant: request.tenant, idempotencyKey: request.idempotencyKey });
  return `ord_${key.slice(ORDER_OPERATION.length + 1, ORDER_OPERATION.length + 23)}`;
}

/**
 * The `Idempotency-Key` sent to the payment provider for an order's capture. Every attempt and every
 * retry of one order's capture must send the same key, or the provider charges twice; so must every
 * instance and every release of the service.
 */
export function deriveCaptureKey(capture: CaptureIdentity): string {
  return deriveKey(CAPTURE_OPERATION, {
    tenant: capture.tenant,
    orderId: capture.orderId,
    amount: capture.amount,
    currency: capture.currency,
  });
}
