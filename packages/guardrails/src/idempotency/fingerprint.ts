import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';

/** What a request's fingerprint is computed from. `body` is parsed JSON, or raw bytes when it is not JSON. */
export interface FingerprintInput {
  readonly method: string;
  readonly route: string;
  /** The path and query as sent (`/orders/7?notify=1`), when the adapter knows it. */
  readonly path?: string | undefined;
  readonly body: unknown;
}

/** Turns a request into the fingerprint that a retry must match; equal requests must give equal strings. */
export type Fingerprint = (input: FingerprintInput) => string;

/**
 * The default fingerprint: SHA-256 (base64url) over the upper-cased method, the route template, the
 * path with its query parameters sorted by name (so one key cannot replay `/orders/7`'s answer to
 * `/orders/8`), and the body: canonical JSON (key order does not matter), or the exact bytes for a
 * non-JSON body. A missing body counts as `null`. Headers are not part of it.
 */
export const defaultFingerprint: Fingerprint = ({ method, route, path, body }) => {
  const target = path === undefined ? null : canonicalPath(path);
  const hash = createHash('sha256').update(canonicalJson({ method: method.toUpperCase(), route, target }));
  if (body instanceof Uint8Array) hash.update('\nbytes\n').update(body);
  else hash.update('\njson\n').update(canonicalJson(body ?? null));
  return hash.digest('base64url');
};

/** The path as sent, with the query's parameters sorted by name (values of one name keep their order). */
function canonicalPath(path: string): string {
  const mark = path.indexOf('?');
  if (mark === -1) return path;
  const query = new URLSearchParams(path.slice(mark + 1));
  query.sort();
  return `${path.slice(0, mark)}?${query.toString()}`;
}
