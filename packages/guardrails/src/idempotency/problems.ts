import type { IdempotentResponse } from './decisions.js';

/** The stable codes of the problem responses the guardrail answers with; the table says their status and title. */
export const PROBLEMS = {
  'idempotency/key-missing': { status: 400, title: 'Idempotency key missing' },
  'idempotency/key-malformed': { status: 400, title: 'Idempotency key malformed' },
  'idempotency/key-conflict': { status: 409, title: 'A request with this idempotency key is in progress' },
  'idempotency/payload-mismatch': { status: 422, title: 'Idempotency key already used for another request' },
  'idempotency/request-too-large': { status: 413, title: 'Request body too large to guard' },
} as const;

/** One of the codes in `PROBLEMS`. */
export type ProblemCode = keyof typeof PROBLEMS;

/** The `type` URI of a problem code: a URN, so it names the problem without pointing at any host. */
export function problemType(code: ProblemCode): string {
  return `urn:driftguard:problem:${code}`;
}

/**
 * An RFC 9457 problem response (`application/problem+json`) with `type`, `title`, `status`,
 * `detail` (what happened and what to do next) and the stable `code`.
 */
export function problemResponse(
  code: ProblemCode,
  detail: string,
  headers: Readonly<Record<string, string>> = {},
): IdempotentResponse {
  const { status, title } = PROBLEMS[code];
  const body = JSON.stringify({ type: problemType(code), title, status, detail, code });
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    body: Buffer.from(body),
  };
}
