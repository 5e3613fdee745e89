import { IdempotencyConfigError } from '../errors/index.js';
import { defaultFingerprint, type Fingerprint } from './fingerprint.js';
import type { IdempotencyMetrics } from './metrics.js';
import { type ShouldStore, storeDecisions } from './responsePolicy.js';
import type { IdempotencyStore } from './stores/index.js';

/** Options of `createIdempotency`; every one but `store` has a default, listed in `IDEMPOTENCY_DEFAULTS`. */
export interface IdempotencyOptions {
  /** Where claims and responses live; share one PostgreSQL or Redis store across instances. */
  readonly store: IdempotencyStore;
  /** How long a claim holds its key before a retry may take it over; set it above your request timeout. */
  readonly leaseMs?: number;
  /** How long a stored response is replayed, counted from completion. */
  readonly retentionMs?: number;
  /** Bodies larger than this are not stored: status and replay headers are, so retries do not rerun. */
  readonly maxResponseBytes?: number;
  /** Computes the fingerprint a retry must match; default SHA-256 of method, route template, canonical body. */
  readonly fingerprint?: Fingerprint;
  /** Response headers stored and replayed besides status and body (any case). */
  readonly replayHeaders?: readonly string[];
  /** The request header that carries the key. */
  readonly headerName?: string;
  /** Scope keys of requests without a principal to one shared anonymous principal instead of throwing. */
  readonly allowAnonymous?: boolean;
  /** Which handler statuses are stored; the rest release the claim. Default `storeDecisions`. */
  readonly shouldStore?: ShouldStore;
  /** Counters to call; see `openTelemetryMetrics`. */
  readonly metrics?: IdempotencyMetrics;
  /** Told when the store fails after the handler ran (the response is still sent). Default: console.error. */
  readonly onError?: (error: unknown) => void;
}

/** Every option with its default filled in. */
export type IdempotencySettings = Required<IdempotencyOptions>;

/** The defaults, in one place. */
export const IDEMPOTENCY_DEFAULTS = {
  leaseMs: 60_000,
  retentionMs: 24 * 60 * 60 * 1000,
  maxResponseBytes: 1024 * 1024,
  replayHeaders: ['content-type', 'location'],
  headerName: 'Idempotency-Key',
  allowAnonymous: false,
} as const;

/** Fills in the defaults and checks the numbers, throwing `IdempotencyConfigError` naming a bad option. */
export function resolveOptions(options: IdempotencyOptions): IdempotencySettings {
  if (options.store === undefined) throw new IdempotencyConfigError('store', 'is required');
  const settings: IdempotencySettings = {
    ...IDEMPOTENCY_DEFAULTS,
    fingerprint: defaultFingerprint,
    shouldStore: storeDecisions,
    metrics: {},
    onError: reportToConsole,
    ...definedOnly(options),
  };
  positiveInteger('leaseMs', settings.leaseMs);
  positiveInteger('retentionMs', settings.retentionMs);
  positiveInteger('maxResponseBytes', settings.maxResponseBytes);
  if (!/^[A-Za-z0-9-]+$/.test(settings.headerName)) {
    throw new IdempotencyConfigError('headerName', `"${settings.headerName}" is not an HTTP header name`);
  }
  return { ...settings, replayHeaders: settings.replayHeaders.map((name) => name.toLowerCase()) };
}

function positiveInteger(option: string, value: number): void {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new IdempotencyConfigError(
      option,
      `must be a positive whole number of ${option.endsWith('Ms') ? 'milliseconds' : 'bytes'}; got ${value}`,
    );
  }
}

/** Options passed as `undefined` fall back to their default rather than erasing it. */
function definedOnly(options: IdempotencyOptions): IdempotencyOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as unknown as IdempotencyOptions;
}

function reportToConsole(error: unknown): void {
  console.error('driftguard idempotency: the store failed after the handler ran; the response was sent', error);
}
