import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { type IdempotencyEngine, problemResponse } from '../../index.js';
import { captureResponse, readBody, sendResponse } from '../node/index.js';
import { requestBody } from '../requestBody.js';

/** Options of the Express middleware; one middleware per guarded route. */
export interface ExpressIdempotencyOptions {
  readonly engine: IdempotencyEngine;
  /** Who is asking (tenant, API key, user); keys are scoped to it. */
  readonly principal: (req: Request) => string | undefined;
  /** Whether a key is required; default true for POST and PATCH. */
  readonly required?: boolean;
  /** The route template for the fingerprint; default the matched route (`req.baseUrl + req.route.path`). */
  readonly route?: string;
  /** Largest body read when no body parser ran before the middleware; larger ones get 413. Default 1 MiB. */
  readonly maxRequestBytes?: number;
}

/**
 * Express 5 middleware for one route: `app.post('/orders', express.json(), idempotencyMiddleware(o), handler)`.
 * Mount it after authentication and the body parser; a body no parser took (another content type)
 * is read here, fingerprinted by its bytes and handed on as a Buffer in `req.body`. The handler's
 * response is buffered, stored, then sent; an error it throws reaches Express's error handler as
 * usual, and that 5xx answer releases the claim.
 */
export function idempotencyMiddleware(options: ExpressIdempotencyOptions): RequestHandler {
  const maxRequestBytes = options.maxRequestBytes ?? 1024 * 1024;
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.body === undefined && hasBody(req)) {
      const read = await readBody(req, maxRequestBytes);
      if (read.tooLarge) {
        const detail = `The request body is over ${maxRequestBytes} bytes, the most this route reads.`;
        return sendResponse(res, problemResponse('idempotency/request-too-large', detail, { connection: 'close' }));
      }
      req.body = requestBody(req.headers['content-type'], read.bytes);
    }
    const decision = await options.engine.begin({
      method: req.method,
      route: options.route ?? templateOf(req),
      path: req.originalUrl,
      headers: req.headers,
      body: req.body,
      principal: options.principal(req),
      ...(options.required === undefined ? {} : { required: options.required }),
    });
    if (decision.kind === 'pass') return next();
    if (decision.kind === 'respond') return sendResponse(res, decision.response);
    captureResponse(res, async (response) => void (await decision.complete(response)));
    next();
  };
}

function templateOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? req.baseUrl + path : req.baseUrl + req.path;
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}
