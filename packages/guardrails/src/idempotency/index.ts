/**
 * @driftguard/guardrails/idempotency: the framework-agnostic engine, the store contract and the
 * memory store, fingerprints, metrics, and `deriveKey` for internally-triggered writes. The SQL and
 * Redis stores and the framework adapters have entry points of their own.
 */
export { IdempotencyConfigError, InvalidKeyPartError, MissingPrincipalError } from '../errors/index.js';
export { canonicalJson } from './canonicalJson.js';
export { createIdempotency, type IdempotencyEngine, type IdempotentRequest } from './createIdempotency.js';
export type {
  CompletionOutcome,
  ExecuteDecision,
  HandlerResponse,
  IdempotencyDecision,
  IdempotentResponse,
  PassDecision,
  RespondDecision,
} from './decisions.js';
export { deriveKey, type KeyPart, type KeyParts, keyMaterial } from './deriveKey.js';
export { defaultFingerprint, type Fingerprint, type FingerprintInput } from './fingerprint.js';
export { type HeaderSource, readHeader } from './headers.js';
export { MAX_KEY_LENGTH, type ParsedKey, parseIdempotencyKey } from './idempotencyKey.js';
export type {
  BodyOmittedEvent,
  IdempotencyEvent,
  IdempotencyMetrics,
  RejectionEvent,
  ReleaseEvent,
} from './metrics.js';
export { OPEN_TELEMETRY_COUNTERS, openTelemetryMetrics } from './openTelemetryMetrics.js';
export { IDEMPOTENCY_DEFAULTS, type IdempotencyOptions, type IdempotencySettings } from './options.js';
export { scopeKey } from './principalScope.js';
export { PROBLEMS, type ProblemCode, problemResponse, problemType } from './problems.js';
export { type PurgeSweepOptions, startPurgeSweep } from './purgeSweep.js';
export { RETRYABLE_CLIENT_STATUSES, type ShouldStore, storeDecisions } from './responsePolicy.js';
export type {
  ClaimRequest,
  ClaimResult,
  Clock,
  CompleteRequest,
  IdempotencyStore,
  ReleaseRequest,
  StoredResponse,
} from './stores/index.js';
export { createMemoryStore, type MemoryStore, type MemoryStoreOptions } from './stores/memory/index.js';
