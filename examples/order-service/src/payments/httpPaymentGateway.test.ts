import { describe, expect, it } from 'vitest';
import { createHttpPaymentGateway } from './httpPaymentGateway.js';
import type { CaptureRequest } from './PaymentGateway.js';

const REQUEST: CaptureRequest = {
  idempotencyKey: 'payment.capture:abc',
  amount: 2500,
  currency: 'USD',
  reference: 'ord_1',
  metadata: { tenant: 'tenantA' },
};

type Answer = Response | Error;

/** A fetch that answers from a script and records each call's key and body. */
function scriptedFetch(answers: Answer[]) {
  const calls: { key: string | null; body: unknown }[] = [];
  const fetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({ key: new Headers(init?.headers).get('idempotency-key'), body: JSON.parse(String(init?.body)) });
    const answer = answers.shift() ?? new Error('script ran out');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function gateway(answers: Answer[], attempts = 3) {
  const script = scriptedFetch(answers);
  const waits: number[] = [];
  const client = createHttpPaymentGateway({
    baseUrl: 'http://payments.test/',
    attempts,
    fetch: script.fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  });
  return { client, calls: script.calls, waits };
}

describe('createHttpPaymentGateway', () => {
  it('sends the capture with its idempotency key and returns the capture id', async () => {
    const { client, calls } = gateway([json(201, { id: 'cap_1' })]);
    expect(await client.capture(REQUEST)).toEqual({ status: 'captured', captureId: 'cap_1', attempts: 1 });
    expect(calls).toEqual([
      {
        key: REQUEST.idempotencyKey,
        body: { amount: 2500, currency: 'USD', reference: 'ord_1', metadata: { tenant: 'tenantA' } },
      },
    ]);
  });

  it('retries 5xx and network errors with the same key after a jittered wait', async () => {
    const { client, calls, waits } = gateway([
      json(503, {}),
      new TypeError('fetch failed'),
      json(200, { id: 'cap_1' }),
    ]);
    expect(await client.capture(REQUEST)).toEqual({ status: 'captured', captureId: 'cap_1', attempts: 3 });
    expect(calls.map((call) => call.key)).toEqual([
      REQUEST.idempotencyKey,
      REQUEST.idempotencyKey,
      REQUEST.idempotencyKey,
    ]);
    expect(waits).toEqual([50, 100]);
  });

  it('treats a timed-out attempt as retryable', async () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    const { client } = gateway([timeout, json(201, { id: 'cap_1' })]);
    expect(await client.capture(REQUEST)).toMatchObject({ status: 'captured', attempts: 2 });
  });

  it('gives up after the attempt budget and says why', async () => {
    const { client, calls, waits } = gateway([json(500, {}), json(502, {}), json(503, {})]);
    expect(await client.capture(REQUEST)).toEqual({ status: 'unavailable', reason: 'HTTP 503', attempts: 3 });
    expect(calls).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('does not retry a refusal', async () => {
    const { client, calls } = gateway([json(402, { error: { code: 'card_declined' } })]);
    expect(await client.capture(REQUEST)).toEqual({ status: 'declined', code: 'card_declined', attempts: 1 });
    expect(calls).toHaveLength(1);
  });

  it('names a refusal without an error body by its status', async () => {
    const { client } = gateway([new Response('nope', { status: 400 })]);
    expect(await client.capture(REQUEST)).toMatchObject({ status: 'declined', code: 'http_400' });
  });
});
