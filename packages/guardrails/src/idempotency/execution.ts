import type { CompletionOutcome, ExecuteDecision, HandlerResponse } from './decisions.js';
import { pickHeaders } from './headers.js';
import type { IdempotencyEvent, ReleaseEvent } from './metrics.js';
import type { IdempotencySettings } from './options.js';
import type { StoredResponse } from './stores/index.js';

/** The claim an execution holds: the scoped store key and the token that owns it. */
export interface HeldClaim {
  readonly key: string;
  readonly token: string;
  readonly takenOver: boolean;
}

/**
 * The `execute` decision for a won claim. The first of `complete`/`abandon` settles it: a storable
 * status is stored (the body only if it fits), any other status or an abandon releases the claim. Store
 * failures go to `onError` and never reject, so the adapter always sends the handler's response.
 */
export function startExecution(
  settings: IdempotencySettings,
  claim: HeldClaim,
  event: IdempotencyEvent,
): ExecuteDecision {
  let settled: Promise<CompletionOutcome> | undefined;
  const once = (work: () => Promise<CompletionOutcome>) => {
    settled ??= work().catch((error: unknown) => {
      settings.onError(error);
      return 'store-failed' as const;
    });
    return settled;
  };
  return {
    kind: 'execute',
    takenOver: claim.takenOver,
    complete: (response) => once(() => finish(settings, claim, event, response)),
    abandon: () => once(() => release(settings, claim, { ...event, reason: 'abandoned' })),
  };
}

async function finish(
  settings: IdempotencySettings,
  claim: HeldClaim,
  event: IdempotencyEvent,
  response: HandlerResponse,
): Promise<CompletionOutcome> {
  if (!settings.shouldStore(response.status)) {
    return release(settings, claim, { ...event, reason: 'status', status: response.status });
  }
  const body = typeof response.body === 'string' ? Buffer.from(response.body) : response.body;
  const headers = pickHeaders(response.headers, settings.replayHeaders);
  const fits = body !== null && body.byteLength <= settings.maxResponseBytes;
  const stored: StoredResponse = fits
    ? { status: response.status, headers, body }
    : { status: response.status, headers: withoutRepresentation(headers), body: new Uint8Array() };
  const written = await settings.store.complete({ ...claim, response: stored, retentionMs: settings.retentionMs });
  if (!written) {
    settings.metrics.leaseLost?.(event);
    return 'lease-lost';
  }
  if (fits) return 'stored';
  settings.metrics.bodyOmitted?.({ ...event, bytes: body?.byteLength });
  return 'stored-without-body';
}

async function release(
  settings: IdempotencySettings,
  claim: HeldClaim,
  event: ReleaseEvent,
): Promise<CompletionOutcome> {
  const released = await settings.store.release(claim);
  if (!released) {
    settings.metrics.leaseLost?.(event);
    return 'lease-lost';
  }
  settings.metrics.release?.(event);
  return 'released';
}

/** Headers that describe the body are dropped with it, so a replay does not claim a body it lacks. */
function withoutRepresentation(headers: Record<string, string>): Record<string, string> {
  const { 'content-type': _type, 'content-length': _length, 'content-encoding': _encoding, ...rest } = headers;
  return rest;
}
