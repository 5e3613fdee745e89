/** @driftguard/guardrails/idempotency/hono: the idempotency guardrail as Hono middleware. */
export { type HonoIdempotencyOptions, idempotencyMiddleware } from './idempotencyMiddleware.js';
