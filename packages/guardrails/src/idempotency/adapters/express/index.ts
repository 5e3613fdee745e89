/** @driftguard/guardrails/idempotency/express: the idempotency guardrail as Express 5 route middleware. */
export { type ExpressIdempotencyOptions, idempotencyMiddleware } from './idempotencyMiddleware.js';
