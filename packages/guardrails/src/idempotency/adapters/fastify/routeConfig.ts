/** Per-route idempotency settings, under `config.idempotency` of a Fastify route. */
export interface RouteIdempotency {
  /** Whether a request without a key is refused with 400; default true for POST and PATCH. */
  readonly required?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Guard this route with the idempotency plugin; routes without it are untouched. */
    idempotency?: RouteIdempotency;
  }
}
