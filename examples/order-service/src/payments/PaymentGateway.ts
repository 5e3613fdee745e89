/** One capture to ask the provider for. `idempotencyKey` is the same on every attempt for the same capture. */
export interface CaptureRequest {
  readonly idempotencyKey: string;
  /** Minor units. */
  readonly amount: number;
  readonly currency: string;
  /** Our reference for the capture: the order id. The provider echoes it in its webhooks. */
  readonly reference: string;
  /** Free-form labels the provider echoes in its webhooks; we send the tenant. */
  readonly metadata: Readonly<Record<string, string>>;
}

/**
 * How a capture ended:
 * - `captured`: the provider took the money; `captureId` is its id for the charge.
 * - `declined`: the provider answered and refused (a 4xx); retrying would not help.
 * - `unavailable`: every attempt failed (5xx, timeout, network). The capture may still have happened
 *   at the provider; its webhook settles the order if so.
 */
export type CaptureOutcome =
  | { readonly status: 'captured'; readonly captureId: string; readonly attempts: number }
  | { readonly status: 'declined'; readonly code: string; readonly attempts: number }
  | { readonly status: 'unavailable'; readonly reason: string; readonly attempts: number };

/** Takes payments. Never throws for a provider failure: every failure is a `CaptureOutcome`. */
export interface PaymentGateway {
  capture(request: CaptureRequest): Promise<CaptureOutcome>;
}
