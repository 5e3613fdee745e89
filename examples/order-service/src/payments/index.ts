/** Taking payments: the gateway interface and its HTTP client with bounded, jittered retries. */
export { type BackoffOptions, backoffDelay } from './backoff.js';
export { createHttpPaymentGateway, type HttpPaymentGatewayOptions, type RetryEvent } from './httpPaymentGateway.js';
export type { CaptureOutcome, CaptureRequest, PaymentGateway } from './PaymentGateway.js';
