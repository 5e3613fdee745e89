/** @driftguard/guardrails/idempotency/fastify: the idempotency guardrail as a Fastify 5 plugin. */
export { type IdempotencyPluginOptions, idempotencyPlugin } from './idempotencyPlugin.js';
export type { RouteIdempotency } from './routeConfig.js';
