import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ExecuteDecision, IdempotencyEngine, IdempotentResponse } from '../../index.js';
import './routeConfig.js';

/** Options of `idempotencyPlugin`. */
export interface IdempotencyPluginOptions {
  readonly engine: IdempotencyEngine;
  /** Who is asking (tenant, API key, user); keys are scoped to it. Runs in preHandler, after your auth hooks. */
  readonly principal: (request: FastifyRequest) => string | undefined;
}

const guard: FastifyPluginAsync<IdempotencyPluginOptions> = async (app, { engine, principal }) => {
  const executions = new WeakMap<FastifyRequest, ExecuteDecision>();

  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config.idempotency;
    if (config === undefined) return;
    const decision = await engine.begin({
      method: request.method,
      route: request.routeOptions.url ?? request.url,
      path: request.url,
      headers: request.headers,
      body: request.body,
      principal: principal(request),
      ...(config.required === undefined ? {} : { required: config.required }),
    });
    if (decision.kind === 'respond') return send(reply, decision.response);
    if (decision.kind === 'execute') executions.set(request, decision);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const execution = executions.get(request);
    if (execution === undefined) return payload;
    executions.delete(request);
    await execution.complete({ status: reply.statusCode, headers: reply.getHeaders(), body: bytesOf(payload) });
    return payload;
  });

  // A hijacked reply skips onSend: give the claim back rather than hold it until the lease expires.
  app.addHook('onResponse', async (request) => {
    const execution = executions.get(request);
    executions.delete(request);
    await execution?.abandon();
  });
};

/**
 * The idempotency guardrail as a Fastify 5 plugin. Register it, then mark routes with
 * `config: { idempotency: { required?: boolean } }`; other routes are untouched. It claims the key in
 * preHandler (after body parsing, validation and your earlier hooks), stores the serialized payload
 * and status in onSend before the reply goes out, and answers replays and problems itself. Marked
 * like fastify-plugin (`skip-override`), so its hooks reach every route of the scope it is registered in.
 */
export const idempotencyPlugin: FastifyPluginAsync<IdempotencyPluginOptions> = Object.assign(guard, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: '@driftguard/guardrails/idempotency',
});

function send(reply: FastifyReply, response: IdempotentResponse): FastifyReply {
  reply.code(response.status).headers(response.headers);
  return response.body.byteLength === 0 ? reply.send() : reply.send(Buffer.from(response.body));
}

/** The serialized payload's bytes; null for a stream, which cannot be stored without consuming it. */
function bytesOf(payload: unknown): Uint8Array | string | null {
  if (payload === undefined || payload === null) return new Uint8Array();
  if (typeof payload === 'string' || payload instanceof Uint8Array) return payload;
  return null;
}
