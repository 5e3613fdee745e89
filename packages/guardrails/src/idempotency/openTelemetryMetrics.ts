import type { Meter } from '@opentelemetry/api';
import type { IdempotencyEvent, IdempotencyMetrics } from './metrics.js';

/** The counter names `openTelemetryMetrics` creates, by metrics callback. */
export const OPEN_TELEMETRY_COUNTERS = {
  execution: 'idempotency.executions',
  replay: 'idempotency.replays',
  conflict: 'idempotency.conflicts',
  mismatch: 'idempotency.mismatches',
  leaseExpiry: 'idempotency.lease_expiries',
  rejection: 'idempotency.rejections',
  release: 'idempotency.releases',
  bodyOmitted: 'idempotency.bodies_omitted',
  leaseLost: 'idempotency.leases_lost',
} as const satisfies Record<keyof IdempotencyMetrics, string>;

/**
 * Metrics callbacks that add 1 to an OpenTelemetry counter per event, with the attributes
 * `http.request.method` and `http.route` (plus `reason`, `code` or `http.response.status_code` where
 * the event has one). Pass the Meter your app already has; this module only imports the API's types.
 */
export function openTelemetryMetrics(meter: Pick<Meter, 'createCounter'>): IdempotencyMetrics {
  const counter = (name: keyof typeof OPEN_TELEMETRY_COUNTERS) => {
    const instrument = meter.createCounter(OPEN_TELEMETRY_COUNTERS[name], { unit: '{request}' });
    return (event: IdempotencyEvent, extra: Record<string, string | number> = {}) =>
      instrument.add(1, { 'http.request.method': event.method, 'http.route': event.route, ...extra });
  };
  const execution = counter('execution');
  const replay = counter('replay');
  const conflict = counter('conflict');
  const mismatch = counter('mismatch');
  const leaseExpiry = counter('leaseExpiry');
  const rejection = counter('rejection');
  const release = counter('release');
  const bodyOmitted = counter('bodyOmitted');
  const leaseLost = counter('leaseLost');
  return {
    execution: (event) => execution(event),
    replay: (event) => replay(event),
    conflict: (event) => conflict(event),
    mismatch: (event) => mismatch(event),
    leaseExpiry: (event) => leaseExpiry(event),
    rejection: (event) => rejection(event, { code: event.code }),
    release: (event) =>
      release(event, {
        reason: event.reason,
        ...(event.status === undefined ? {} : { 'http.response.status_code': event.status }),
      }),
    bodyOmitted: (event) => bodyOmitted(event),
    leaseLost: (event) => leaseLost(event),
  };
}
