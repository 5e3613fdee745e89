import { createHmac } from 'node:crypto';
import type { RequestSpec, SignSpec } from '../model.js';
import { renderJson, renderText } from '../template.js';
import type { RunScope } from './RunScope.js';

/** A request ready to send, and what a report shows of it. */
export interface RenderedRequest {
  readonly method: string;
  readonly url: string;
  /** The path as rendered, for reports (no host). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The JSON body as a value, for reports. */
  readonly json?: unknown;
}

/** What rendering needs besides the scope. */
export interface RenderOptions {
  readonly baseUrl: string;
  /** Milliseconds since the epoch, for signature timestamps. */
  readonly now: () => number;
}

/**
 * Renders a request. A named request is rendered once per run and then reused, so sending it again
 * sends the same key, the same body and the same signature: "the same request" of the invariants.
 */
export function renderRequest(spec: RequestSpec, scope: RunScope, options: RenderOptions): RenderedRequest {
  const cached = spec.name === undefined ? undefined : scope.rendered.get(spec.name);
  if (cached !== undefined) return cached;
  const rendered = render(spec, scope, options);
  if (spec.name !== undefined) scope.rendered.set(spec.name, rendered);
  return rendered;
}

function render(spec: RequestSpec, scope: RunScope, options: RenderOptions): RenderedRequest {
  const lookup = scope.lookup();
  const path = renderText(spec.path, lookup);
  const headers: Record<string, string> = {};
  for (const [name, value] of spec.headers) headers[name.toLowerCase()] = renderText(value, lookup);
  const json = spec.json === undefined ? undefined : renderJson(spec.json, lookup);
  const body = json !== undefined ? JSON.stringify(json) : spec.text && renderText(spec.text, lookup);
  if (json !== undefined) headers['content-type'] ??= 'application/json';
  if (spec.sign !== undefined) {
    headers[spec.sign.header.toLowerCase()] = signature(spec.sign, body ?? '', scope, options.now);
  }
  return {
    method: spec.method,
    url: joinUrl(options.baseUrl, path),
    path,
    headers,
    ...(body === undefined ? {} : { body }),
    ...(json === undefined ? {} : { json }),
  };
}

/** The signature header's value: HMAC of the rendered payload, placed into the value template. */
function signature(sign: SignSpec, body: string, scope: RunScope, now: () => number): string {
  const timestamp = Math.floor(now() / 1000);
  const secret = renderText(sign.secret, scope.lookup());
  const payload = renderText(
    sign.payload,
    scope.lookup(
      new Map<string, unknown>([
        ['timestamp', timestamp],
        ['body', body],
      ]),
    ),
  );
  const digest = createHmac(sign.algorithm, secret).update(payload).digest(sign.encoding);
  return renderText(
    sign.value,
    scope.lookup(
      new Map<string, unknown>([
        ['timestamp', timestamp],
        ['signature', digest],
      ]),
    ),
  );
}

/** `base` + `path`, with exactly one slash between them; an absolute URL path is used as it is. */
export function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
