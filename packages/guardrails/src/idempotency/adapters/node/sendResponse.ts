import type { ServerResponse } from 'node:http';
import type { IdempotentResponse } from '../../index.js';

/** Sends a replay or problem response on a Node response, with its exact bytes. */
export function sendResponse(res: ServerResponse, response: IdempotentResponse): void {
  res.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  res.setHeader('content-length', response.body.byteLength);
  res.end(response.body);
}
