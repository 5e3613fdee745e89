import type { IncomingMessage, ServerResponse } from 'node:http';
import { type IdempotencyEngine, problemResponse } from '../../index.js';
import { captureResponse, readBody, sendResponse } from '../node/index.js';
import { requestBody } from '../requestBody.js';

/** A request on a guarded route: `body` holds the parsed JSON (or the raw bytes) the adapter read. */
export type IdempotentIncomingMessage = IncomingMessage & { body?: unknown };

/** A node:http request handler, possibly async. */
export type RequestHandler = (req: IdempotentIncomingMessage, res: ServerResponse) => unknown;

/** How one request's route is guarded. */
export interface HttpRoute {
  /** The route template that goes into the fingerprint (`/orders/:id`). */
  readonly route: string;
  /** Whether a key is required; default true for POST and PATCH. */
  readonly required?: boolean;
}

/** Options of `withIdempotency`. */
export interface HttpIdempotencyOptions {
  readonly engine: IdempotencyEngine;
  /** Who is asking (tenant, API key, user); keys are scoped to it. */
  readonly principal: (req: IncomingMessage) => string | undefined;
  /** Which requests are guarded and under what template; undefined leaves a request untouched. Default: POST and PATCH, the path as template. */
  readonly route?: (req: IncomingMessage) => HttpRoute | undefined;
  /** Largest request body read on a guarded route; larger ones get 413. Default 1 MiB. */
  readonly maxRequestBytes?: number;
}

const guardPostAndPatch = (req: IncomingMessage): HttpRoute | undefined =>
  req.method === 'POST' || req.method === 'PATCH' ? { route: new URL(req.url ?? '/', 'http://x').pathname } : undefined;

/**
 * Wraps a node:http handler with the idempotency guardrail. On a guarded route the body is read (and
 * handed over as `req.body`) and the response buffered; replays and problems are answered without
 * calling the handler. A handler that throws releases the claim; the error is rethrown, with the
 * response's methods restored so the caller can still answer.
 */
export function withIdempotency(handler: RequestHandler, options: HttpIdempotencyOptions) {
  const route = options.route ?? guardPostAndPatch;
  const maxRequestBytes = options.maxRequestBytes ?? 1024 * 1024;
  return async (req: IdempotentIncomingMessage, res: ServerResponse): Promise<void> => {
    const guarded = route(req);
    if (guarded === undefined) return void (await handler(req, res));
    const read = await readBody(req, maxRequestBytes);
    if (read.tooLarge) {
      const detail = `The request body is over ${maxRequestBytes} bytes, the most this route reads.`;
      return sendResponse(res, problemResponse('idempotency/request-too-large', detail, { connection: 'close' }));
    }
    req.body = requestBody(req.headers['content-type'], read.bytes);
    const decision = await options.engine.begin({
      method: req.method ?? 'GET',
      route: guarded.route,
      path: req.url ?? '/',
      headers: req.headers,
      body: req.body,
      principal: options.principal(req),
      ...(guarded.required === undefined ? {} : { required: guarded.required }),
    });
    if (decision.kind === 'pass') return void (await handler(req, res));
    if (decision.kind === 'respond') return sendResponse(res, decision.response);
    const capture = captureResponse(res, async (response) => void (await decision.complete(response)));
    try {
      await handler(req, res);
    } catch (error) {
      capture.stop();
      await decision.abandon();
      throw error;
    }
  };
}
