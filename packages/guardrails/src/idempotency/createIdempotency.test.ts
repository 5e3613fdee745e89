import { describe, expect, it } from 'vitest';
import { IdempotencyConfigError, MissingPrincipalError } from '../errors/index.js';
import { createIdempotency } from './createIdempotency.js';
import type { IdempotencyDecision } from './decisions.js';
import type { IdempotencyOptions } from './options.js';
import { manualClock } from './stores/contract.js';
import { createMemoryStore } from './stores/memory/index.js';

function setup(options: Partial<IdempotencyOptions> = {}) {
  const clock = manualClock();
  const events: string[] = [];
  const count = (name: string) => () => void events.push(name);
  const metrics = {
    execution: count('execution'),
    replay: count('replay'),
    conflict: count('conflict'),
    mismatch: count('mismatch'),
    leaseExpiry: count('leaseExpiry'),
    leaseLost: count('leaseLost'),
  };
  const engine = createIdempotency({ store: createMemoryStore({ clock }), metrics, ...options });
  return { engine, clock, events };
}

const order = {
  method: 'POST',
  route: '/orders',
  headers: { 'idempotency-key': 'k1' },
  body: { sku: 'a', qty: 1 },
  principal: 'tenant-a',
};

function execution(decision: IdempotencyDecision) {
  if (decision.kind !== 'execute') throw new Error(`expected an execution, got ${decision.kind}`);
  return decision;
}

/** The response a `respond` decision carries, its body parsed as JSON. */
function problemOf(decision: IdempotencyDecision) {
  if (decision.kind !== 'respond') throw new Error(`expected a response, got ${decision.kind}`);
  const { status, headers, body } = decision.response;
  return { status, headers, body: JSON.parse(Buffer.from(body).toString()) as Record<string, unknown> };
}

describe('createIdempotency: replay', () => {
  it('runs the first request and replays its status, body and selected headers to a retry', async () => {
    const { engine, events } = setup();
    const first = execution(await engine.begin(order));
    const headers = { 'content-type': 'application/json', location: '/orders/1', 'x-request-id': 'r1' };
    expect(await first.complete({ status: 201, headers, body: '{"id":1}' })).toBe('stored');

    const retry = await engine.begin({ ...order, body: { qty: 1, sku: 'a' } });
    expect(retry.kind === 'respond' && retry.reason).toBe('replay');
    if (retry.kind !== 'respond') return;
    expect(retry.response.status).toBe(201);
    expect(retry.response.headers).toEqual({
      'content-type': 'application/json',
      location: '/orders/1',
      'idempotent-replayed': 'true',
    });
    expect(Buffer.from(retry.response.body).toString()).toBe('{"id":1}');
    expect(events).toEqual(['execution', 'replay']);
  });

  it('replays the headers the app lists, in any case', async () => {
    const { engine } = setup({ replayHeaders: ['X-Order-Version'] });
    await execution(await engine.begin(order)).complete({
      status: 200,
      headers: { 'x-order-version': '7' },
      body: '{}',
    });
    expect(problemOf(await engine.begin(order)).headers).toEqual({
      'x-order-version': '7',
      'idempotent-replayed': 'true',
    });
  });
});

describe('createIdempotency: refusals', () => {
  it('answers 422 when the key comes back with another body, route or method', async () => {
    const { engine, events } = setup();
    await execution(await engine.begin(order)).complete({ status: 201, headers: {}, body: '{}' });
    for (const other of [{ body: { sku: 'b', qty: 1 } }, { route: '/refunds' }, { method: 'PATCH' }]) {
      const problem = problemOf(await engine.begin({ ...order, ...other }));
      expect(problem.status).toBe(422);
      expect(problem.headers['content-type']).toBe('application/problem+json');
      expect(problem.body).toMatchObject({ status: 422, code: 'idempotency/payload-mismatch' });
    }
    expect(events.filter((event) => event === 'mismatch')).toHaveLength(3);
  });

  it('answers 409 with Retry-After from the remaining lease while the first request runs', async () => {
    const { engine, clock } = setup({ leaseMs: 60_000 });
    execution(await engine.begin(order));
    clock.advance(20_500);
    const problem = problemOf(await engine.begin(order));
    expect(problem).toMatchObject({ status: 409, body: { code: 'idempotency/key-conflict', status: 409 } });
    expect(problem.headers['retry-after']).toBe('40');
    clock.advance(39_450);
    expect(problemOf(await engine.begin(order)).headers['retry-after']).toBe('1');
  });

  it('answers 422, not 409, when an in-flight key comes back with another body', async () => {
    const { engine } = setup();
    execution(await engine.begin(order));
    expect(problemOf(await engine.begin({ ...order, body: { sku: 'b' } })).status).toBe(422);
  });

  it('answers 400 for a missing key where required, by default on POST and PATCH only', async () => {
    const { engine } = setup();
    const problem = problemOf(await engine.begin({ ...order, headers: {} }));
    expect(problem.body).toEqual({
      type: 'urn:driftguard:problem:idempotency/key-missing',
      title: 'Idempotency key missing',
      status: 400,
      detail: expect.stringContaining('POST /orders requires an Idempotency-Key header'),
      code: 'idempotency/key-missing',
    });
    expect(problemOf(await engine.begin({ ...order, method: 'patch', headers: {} })).status).toBe(400);
    for (const method of ['GET', 'PUT', 'DELETE']) {
      expect((await engine.begin({ ...order, method, headers: {} })).kind).toBe('pass');
    }
    expect((await engine.begin({ ...order, headers: {}, required: false })).kind).toBe('pass');
    expect(problemOf(await engine.begin({ ...order, method: 'PUT', headers: {}, required: true })).status).toBe(400);
  });

  it('answers 400 for a malformed key, saying what is wrong', async () => {
    const { engine } = setup();
    for (const key of ['', 'k'.repeat(256), 'caf\u00e9', 'tab\tkey']) {
      const problem = problemOf(await engine.begin({ ...order, headers: { 'idempotency-key': key } }));
      expect(problem.body).toMatchObject({ status: 400, code: 'idempotency/key-malformed' });
    }
    expect(problemOf(await engine.begin({ ...order, headers: { 'idempotency-key': '' } })).body.detail).toBe(
      'The Idempotency-Key header is malformed: the key is empty.',
    );
  });

  it('reads the key from the header the app names', async () => {
    const { engine } = setup({ headerName: 'X-Request-Key' });
    expect((await engine.begin({ ...order, headers: { 'x-request-key': 'k' } })).kind).toBe('execute');
    expect(problemOf(await engine.begin(order)).body.detail).toContain('requires an X-Request-Key header');
  });
});

describe('createIdempotency: principals', () => {
  it('throws MissingPrincipalError for a keyed request without a principal, unless anonymous is allowed', async () => {
    await expect(setup().engine.begin({ ...order, principal: undefined })).rejects.toThrow(MissingPrincipalError);
    const { engine } = setup({ allowAnonymous: true });
    await execution(await engine.begin({ ...order, principal: undefined })).complete({
      status: 201,
      headers: {},
      body: 'anon',
    });
    expect((await engine.begin({ ...order, principal: undefined })).kind).toBe('respond');
    expect((await engine.begin({ ...order, principal: '' })).kind).toBe('execute');
  });

  it('passes a request without key or principal on a route where the key is optional', async () => {
    expect((await setup().engine.begin({ ...order, headers: {}, required: false, principal: undefined })).kind).toBe(
      'pass',
    );
  });
});

describe('createIdempotency: options', () => {
  it('refuses bad numbers and header names with the option named', () => {
    const store = createMemoryStore();
    expect(() => createIdempotency({ store, leaseMs: 0 })).toThrow(IdempotencyConfigError);
    expect(() => createIdempotency({ store, retentionMs: 1.5 })).toThrow(/"retentionMs"/);
    expect(() => createIdempotency({ store, headerName: 'bad header' })).toThrow(/"headerName"/);
  });

  it('fills every default in one place', () => {
    const { settings } = createIdempotency({ store: createMemoryStore() });
    expect(settings).toMatchObject({
      leaseMs: 60_000,
      retentionMs: 86_400_000,
      maxResponseBytes: 1_048_576,
      replayHeaders: ['content-type', 'location'],
      headerName: 'Idempotency-Key',
      allowAnonymous: false,
    });
  });
});
