import { randomUUID } from 'node:crypto';
import { MissingPrincipalError } from '../errors/index.js';
import type { IdempotencyDecision, RespondDecision } from './decisions.js';
import { startExecution } from './execution.js';
import { type HeaderSource, readHeader } from './headers.js';
import { parseIdempotencyKey } from './idempotencyKey.js';
import type { IdempotencyEvent } from './metrics.js';
import { type IdempotencyOptions, type IdempotencySettings, resolveOptions } from './options.js';
import { scopeKey } from './principalScope.js';
import { problemResponse } from './problems.js';

/** One request as an adapter hands it to the engine. */
export interface IdempotentRequest {
  readonly method: string;
  /** The route template (`/orders/:id`), not the concrete path: part of the fingerprint. */
  readonly route: string;
  /** The path and query as sent; part of the default fingerprint, so a key cannot cross resources. */
  readonly path?: string;
  readonly headers: HeaderSource;
  /** Parsed JSON, or the raw bytes when the body is not JSON; undefined when there is none. */
  readonly body: unknown;
  /** Who is asking (tenant, API key, user); keys are scoped to it. */
  readonly principal: string | undefined;
  /** Whether a request without a key is refused (400). Default: true for POST and PATCH. */
  readonly required?: boolean;
}

/** The framework-agnostic idempotency engine; adapters call `begin` once per request of a guarded route. */
export interface IdempotencyEngine {
  /** Decides a request: pass, respond (replay or problem) or execute. Rejects only on store or config failure. */
  begin(request: IdempotentRequest): Promise<IdempotencyDecision>;
  /** The settings in force, defaults filled in. */
  readonly settings: Readonly<IdempotencySettings>;
}

const REQUIRED_BY_DEFAULT: ReadonlySet<string> = new Set(['POST', 'PATCH']);

/**
 * Creates the engine: the first request with a key runs and its response is stored; a retry with the
 * same key and fingerprint gets it replayed; the same key with another request answers 422, while the
 * first is in flight 409 with Retry-After; a missing (where required) or malformed key 400. Keys are
 * scoped by principal. Throws `IdempotencyConfigError` for bad options.
 */
export function createIdempotency(options: IdempotencyOptions): IdempotencyEngine {
  const settings = resolveOptions(options);
  return { settings, begin: (request) => begin(settings, request) };
}

async function begin(settings: IdempotencySettings, request: IdempotentRequest): Promise<IdempotencyDecision> {
  const event: IdempotencyEvent = { method: request.method.toUpperCase(), route: request.route };
  const header = settings.headerName;
  const raw = readHeader(request.headers, header);
  if (raw === undefined) {
    if (!(request.required ?? REQUIRED_BY_DEFAULT.has(event.method))) return { kind: 'pass' };
    const detail = `${event.method} ${event.route} requires an ${header} header: send a unique value (a UUID) per operation and the same value on its retries.`;
    return reject(settings, event, 'key-missing', detail);
  }
  const parsed = parseIdempotencyKey(raw);
  if (!parsed.ok) {
    return reject(settings, event, 'key-malformed', `The ${header} header is malformed: ${parsed.problem}.`);
  }
  if (request.principal === undefined && !settings.allowAnonymous) {
    throw new MissingPrincipalError(event.method, event.route);
  }

  const { path, body } = request;
  const fingerprint = settings.fingerprint({ method: event.method, route: event.route, path, body });
  const key = scopeKey(request.principal, parsed.key);
  const token = randomUUID();
  const { leaseMs, retentionMs, metrics } = settings;
  const claim = await settings.store.claim({ key, fingerprint, token, leaseMs, retentionMs });
  switch (claim.outcome) {
    case 'claimed':
      if (claim.takenOver) metrics.leaseExpiry?.(event);
      metrics.execution?.(event);
      return startExecution(settings, { key, token, takenOver: claim.takenOver }, event);
    case 'completed': {
      metrics.replay?.(event);
      const { status, headers, body } = claim.response;
      return {
        kind: 'respond',
        reason: 'replay',
        response: { status, headers: { ...headers, 'idempotent-replayed': 'true' }, body },
      };
    }
    case 'in-flight': {
      metrics.conflict?.(event);
      const seconds = Math.max(1, Math.ceil(claim.retryAfterMs / 1000));
      const detail = `The first request with this ${header} is still in progress; retry in ${seconds} s with the same key and request.`;
      return respond(
        'key-conflict',
        problemResponse('idempotency/key-conflict', detail, { 'retry-after': String(seconds) }),
      );
    }
    case 'mismatch': {
      metrics.mismatch?.(event);
      const detail = `This ${header} was already used for a different request (method, path or body); send a new key for a new operation.`;
      return respond('payload-mismatch', problemResponse('idempotency/payload-mismatch', detail));
    }
  }
}

function reject(
  settings: IdempotencySettings,
  event: IdempotencyEvent,
  reason: 'key-missing' | 'key-malformed',
  detail: string,
): RespondDecision {
  const code = `idempotency/${reason}` as const;
  settings.metrics.rejection?.({ ...event, code });
  return respond(reason, problemResponse(code, detail));
}

function respond(reason: RespondDecision['reason'], response: RespondDecision['response']): RespondDecision {
  return { kind: 'respond', reason, response };
}
