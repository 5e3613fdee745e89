import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TenantDirectory } from './apiKeys.js';
import { ProblemError } from './ProblemError.js';

const tenants = new WeakMap<FastifyRequest, string>();
const BEARER = /^Bearer +(\S+) *$/i;
const CHALLENGE = { 'www-authenticate': 'Bearer realm="order-service"' };

/**
 * Requires `Authorization: Bearer <api key>` on every route of `scope` (an `onRequest` hook, so a bad
 * key is refused before the body is read) and remembers the key's tenant for `tenantOf`.
 * A missing or unknown key is a 401 problem; which of the two is said, the key never is.
 */
export function requireApiKey(scope: FastifyInstance, directory: TenantDirectory): void {
  scope.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    if (header === undefined || header === '') {
      throw new ProblemError(401, 'auth/missing-api-key', 'send Authorization: Bearer <api key>', {
        headers: CHALLENGE,
      });
    }
    const tenant = directory.tenantOf(BEARER.exec(header)?.[1] ?? '');
    if (tenant === undefined) {
      throw new ProblemError(401, 'auth/invalid-api-key', 'the Authorization header does not carry a known API key', {
        headers: CHALLENGE,
      });
    }
    tenants.set(request, tenant);
  });
}

/** The tenant the request authenticated as, or undefined where `requireApiKey` did not run. */
export function tenantIdOf(request: FastifyRequest): string | undefined {
  return tenants.get(request);
}

/** The request's tenant; throws where no authentication ran (a wiring bug, answered as a 500). */
export function tenantOf(request: FastifyRequest): string {
  const tenant = tenants.get(request);
  if (tenant === undefined) throw new Error(`${request.method} ${request.url} is served without requireApiKey`);
  return tenant;
}
