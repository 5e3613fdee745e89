import { LockRunError } from './LockRunError.js';
import type { RenderedRequest } from './renderRequest.js';

/** A response as the checks see it: status, lower-case headers, and the body (parsed JSON when it is JSON). */
export interface LockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** How requests go out. */
export interface SendOptions {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
}

/**
 * Sends a rendered request. A network failure or a timeout is a LockRunError (the target is not
 * there, so nothing was learned), not a failed expectation.
 */
export async function sendRequest(request: RenderedRequest, options: SendOptions): Promise<LockResponse> {
  let response: Response;
  try {
    response = await options.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new LockRunError(`${request.method} ${request.url}: ${networkReason(error, options.timeoutMs)}`);
  }
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: parseBody(text) };
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `cannot reach it (${reason})`;
}
