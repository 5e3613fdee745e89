import autocannon from 'autocannon';
import { ORDER_BODY } from './orders.mjs';

/**
 * Load from autocannon, from one worker thread, against one running server: a warm-up run (not recorded), then
 * the measured run. `key: 'fresh'` gives every request an Idempotency-Key of its own (each one a
 * first execution: claim + complete); `key: 'same'` sends one key over and over (replays, after
 * one untimed request that executes it); `key: 'none'` sends no header.
 */

let run = 0;

/**
 * @param {string} url the server's base URL
 * @param {{ key: 'fresh' | 'same' | 'none', label: string, request?: { body: string, headers: Record<string, string> } }} variant
 * @param {import('./settings.mjs').Settings} settings
 * @returns {Promise<{ ok: true, result: autocannon.Result } | { ok: false, error: string }>}
 */
export async function measure(url, variant, settings) {
  const prefix = `bench-${variant.label}-${process.pid}-`;
  const sameKey = `${prefix}same`;
  const request = {
    method: 'POST',
    path: '/orders',
    headers: { 'content-type': 'application/json', ...variant.request?.headers },
    body: variant.request?.body ?? ORDER_BODY,
  };
  if (variant.key === 'fresh') {
    // autocannon puts a fresh id in place of `[<id>]` in every request it writes (headers included).
    request.headers['idempotency-key'] = `${prefix}${run++}-[<id>]`;
  } else if (variant.key === 'same') {
    request.headers['idempotency-key'] = sameKey;
    const first = await fetch(`${url}/orders`, { method: 'POST', headers: request.headers, body: request.body });
    await first.arrayBuffer();
    if (first.status !== 201)
      return { ok: false, error: `the first request with the replayed key got ${first.status}` };
  }
  const load = (duration) =>
    autocannon({
      url,
      connections: settings.connections,
      duration,
      requests: [request],
      idReplacement: variant.key === 'fresh',
      // The load comes from a worker thread: the server's event loop is the server's alone.
      workers: 1,
      timeout: 10,
    });
  const warmup = await load(settings.warmupSeconds);
  const warmupProblem = problemOf(warmup);
  if (warmupProblem) return { ok: false, error: `warm-up: ${warmupProblem}` };
  const result = await load(settings.seconds);
  const problem = problemOf(result);
  return problem ? { ok: false, error: problem } : { ok: true, result };
}

/** Why a run does not count: any non-2xx answer, error or timeout. */
function problemOf(result) {
  const parts = [];
  if (result.non2xx > 0) parts.push(`${result.non2xx} non-2xx answers`);
  if (result.errors > 0) parts.push(`${result.errors} errors`);
  if (result.timeouts > 0) parts.push(`${result.timeouts} timeouts`);
  if (result['2xx'] === 0) parts.push('no 2xx answer at all');
  return parts.join(', ');
}
