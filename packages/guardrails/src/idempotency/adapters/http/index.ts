/** @driftguard/guardrails/idempotency/http: the idempotency guardrail around a node:http request handler. */
export {
  type HttpIdempotencyOptions,
  type HttpRoute,
  type IdempotentIncomingMessage,
  type RequestHandler,
  withIdempotency,
} from './withIdempotency.js';
