/** @driftguard/guardrails: runtime guardrails for services. Each guardrail also has its own entry point. */
export * from './errors/index.js';
export * from './idempotency/index.js';
