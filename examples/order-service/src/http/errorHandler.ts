import type { FastifyError, FastifyInstance } from 'fastify';
import { ProblemError } from './ProblemError.js';

/** Fastify's own client errors, by error code, as our stable problem codes. */
const FRAMEWORK_PROBLEMS: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request/unsupported-media-type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request/empty-body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'request/malformed-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request/body-too-large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request/bad-content-length',
};

/**
 * Answers every error and unknown route with a problem+json body. A `ProblemError` is rendered as
 * thrown; a framework client error (bad JSON, wrong media type) keeps its status under a stable code;
 * anything else is logged and answered with a bare 500 that leaks no internals.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply
      .code(problem.status)
      .headers(problem.options.headers ?? {})
      .type('application/problem+json')
      .send(problem.body());
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = new ProblemError(404, 'route/not-found', `no route for ${request.method} ${request.url}`);
    return reply.code(404).type('application/problem+json').send(problem.body());
  });
}

function toProblem(error: FastifyError): ProblemError {
  if (error instanceof ProblemError) return error;
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = FRAMEWORK_PROBLEMS[error.code] ?? 'request/invalid';
    return new ProblemError(status, code, error.message);
  }
  return new ProblemError(500, 'internal/unexpected', 'the service failed to handle this request; it has been logged');
}
