/** HTTP plumbing shared by the routes: API-key authentication and problem+json errors. */
export { type ApiKey, DEV_API_KEYS, parseApiKeys, TenantDirectory } from './apiKeys.js';
export { requireApiKey, tenantIdOf, tenantOf } from './authenticate.js';
export { installErrorHandling } from './errorHandler.js';
export { fieldPath, fieldProblems } from './fieldProblems.js';
export { type FieldProblem, ProblemError, type ProblemOptions } from './ProblemError.js';
export { parseOrThrow } from './parseOrThrow.js';
