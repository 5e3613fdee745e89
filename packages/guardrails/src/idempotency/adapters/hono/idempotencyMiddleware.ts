import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { IdempotencyEngine } from '../../index.js';
import { requestBody } from '../requestBody.js';

/** Options of the Hono middleware. */
export interface HonoIdempotencyOptions {
  readonly engine: IdempotencyEngine;
  /** Who is asking (tenant, API key, user); keys are scoped to it. */
  readonly principal: (c: Context) => string | undefined;
  /** Whether a key is required; default true for POST and PATCH. */
  readonly required?: boolean;
}

/**
 * Hono middleware: `app.post('/orders', idempotencyMiddleware(options), handler)`. It reads the body
 * once (Hono caches it, so the handler can still call `c.req.json()`), answers replays and problems
 * itself, and stores the handler's response (read from a clone) before it goes out. An error the
 * handler throws is judged by the response Hono's error handler makes of it.
 */
export function idempotencyMiddleware(options: HonoIdempotencyOptions): MiddlewareHandler {
  return async (c, next) => {
    const decision = await options.engine.begin({
      method: c.req.method,
      route: routePath(c, -1),
      path: pathOf(c.req.url),
      headers: c.req.raw.headers,
      body: requestBody(c.req.header('content-type'), Buffer.from(await c.req.arrayBuffer())),
      principal: options.principal(c),
      ...(options.required === undefined ? {} : { required: options.required }),
    });
    if (decision.kind === 'pass') return next();
    if (decision.kind === 'respond') {
      const { status, headers, body } = decision.response;
      return new Response(body.byteLength === 0 ? null : Buffer.from(body), { status, headers });
    }
    try {
      await next();
    } catch (error) {
      await decision.abandon();
      throw error;
    }
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    await decision.complete({ status: c.res.status, headers: c.res.headers, body });
  };
}

function pathOf(url: string): string {
  const { pathname, search } = new URL(url);
  return pathname + search;
}
