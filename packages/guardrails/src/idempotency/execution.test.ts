import { describe, expect, it } from 'vitest';
import { createIdempotency } from './createIdempotency.js';
import type { IdempotencyDecision } from './decisions.js';
import type { IdempotencyOptions } from './options.js';
import { manualClock } from './stores/contract.js';
import type { IdempotencyStore } from './stores/index.js';
import { createMemoryStore } from './stores/memory/index.js';

function setup(options: Partial<IdempotencyOptions> = {}) {
  const clock = manualClock();
  const events: string[] = [];
  const metrics = {
    release: (event: { reason: string; status?: number }) =>
      void events.push(`release:${event.reason}:${event.status}`),
    leaseExpiry: () => void events.push('leaseExpiry'),
    leaseLost: () => void events.push('leaseLost'),
    bodyOmitted: (event: { bytes: number | undefined }) => void events.push(`bodyOmitted:${event.bytes}`),
  };
  const engine = createIdempotency({ store: createMemoryStore({ clock }), metrics, ...options });
  return { engine, clock, events };
}

const order = {
  method: 'POST',
  route: '/orders',
  headers: { 'idempotency-key': 'k1' },
  body: {},
  principal: 'tenant-a',
};

function execution(decision: IdempotencyDecision) {
  if (decision.kind !== 'execute') throw new Error(`expected an execution, got ${decision.kind}`);
  return decision;
}

describe('what is stored when the handler is done', () => {
  it('stores 4xx decisions such as validation failures, and replays them', async () => {
    const { engine } = setup();
    for (const [key, status] of [
      ['v400', 400],
      ['v404', 404],
      ['v422', 422],
    ] as const) {
      const request = { ...order, headers: { 'idempotency-key': key } };
      expect(await execution(await engine.begin(request)).complete({ status, headers: {}, body: 'no' })).toBe('stored');
      const replay = await engine.begin(request);
      expect(replay.kind === 'respond' && replay.response.status).toBe(status);
    }
  });

  it('releases the claim on 5xx and retryable 4xx, so the retry runs the operation again', async () => {
    const { engine, events } = setup();
    for (const status of [500, 503, 429, 409, 401]) {
      expect(await execution(await engine.begin(order)).complete({ status, headers: {}, body: 'later' })).toBe(
        'released',
      );
    }
    expect((await engine.begin(order)).kind).toBe('execute');
    expect(events).toEqual([
      'release:status:500',
      'release:status:503',
      'release:status:429',
      'release:status:409',
      'release:status:401',
    ]);
  });

  it('releases the claim when the adapter abandons the execution (the handler threw)', async () => {
    const { engine, events } = setup();
    expect(await execution(await engine.begin(order)).abandon()).toBe('released');
    expect((await engine.begin(order)).kind).toBe('execute');
    expect(events).toEqual(['release:abandoned:undefined']);
  });

  it('follows the app’s own storage policy', async () => {
    const { engine } = setup({ shouldStore: (status) => status < 600 });
    await execution(await engine.begin(order)).complete({ status: 500, headers: {}, body: 'stored anyway' });
    expect((await engine.begin(order)).kind).toBe('respond');
  });

  it('settles once: a second complete or abandon gets the first outcome and changes nothing', async () => {
    const { engine } = setup();
    const first = execution(await engine.begin(order));
    expect(await first.complete({ status: 201, headers: {}, body: 'one' })).toBe('stored');
    expect(await first.abandon()).toBe('stored');
    expect(await first.complete({ status: 500, headers: {}, body: 'two' })).toBe('stored');
    const replay = await engine.begin(order);
    expect(replay.kind === 'respond' && Buffer.from(replay.response.body).toString()).toBe('one');
  });

  it('keeps status and headers without a body it cannot buffer (a stream)', async () => {
    const { engine, events } = setup();
    const outcome = await execution(await engine.begin(order)).complete({
      status: 202,
      headers: { location: '/jobs/1' },
      body: null,
    });
    expect(outcome).toBe('stored-without-body');
    expect(events).toEqual(['bodyOmitted:undefined']);
  });

  it('does not store a body one byte over the limit, and stores one at the limit', async () => {
    const { engine, events } = setup({ maxResponseBytes: 4 });
    expect(await execution(await engine.begin(order)).complete({ status: 201, headers: {}, body: '12345' })).toBe(
      'stored-without-body',
    );
    const atLimit = { ...order, headers: { 'idempotency-key': 'k2' } };
    expect(await execution(await engine.begin(atLimit)).complete({ status: 201, headers: {}, body: '1234' })).toBe(
      'stored',
    );
    expect(events).toEqual(['bodyOmitted:5']);
  });
});

describe('crash recovery', () => {
  it('lets a retry take over an expired lease, and refuses the late first owner’s response', async () => {
    const { engine, clock, events } = setup({ leaseMs: 1000 });
    const crashed = execution(await engine.begin(order));
    clock.advance(1001);
    const takeover = execution(await engine.begin(order));
    expect(takeover.takenOver).toBe(true);
    expect(await crashed.complete({ status: 201, headers: {}, body: 'late' })).toBe('lease-lost');
    expect(await takeover.complete({ status: 201, headers: {}, body: 'recovered' })).toBe('stored');
    const replay = await engine.begin(order);
    expect(replay.kind === 'respond' && Buffer.from(replay.response.body).toString()).toBe('recovered');
    expect(events).toEqual(['leaseExpiry', 'leaseLost']);
  });

  it('runs the operation again once the stored response is past its retention', async () => {
    const { engine, clock } = setup({ retentionMs: 60_000 });
    await execution(await engine.begin(order)).complete({ status: 201, headers: {}, body: 'day one' });
    clock.advance(60_001);
    expect(await engine.begin({ ...order, body: { another: true } })).toMatchObject({
      kind: 'execute',
      takenOver: false,
    });
  });
});

describe('store failures after the handler ran', () => {
  it('reports them to onError and never rejects, so the response still goes out', async () => {
    const memory = createMemoryStore();
    const store: IdempotencyStore = { ...memory, complete: () => Promise.reject(new Error('store away')) };
    const errors: unknown[] = [];
    const engine = createIdempotency({ store, onError: (error) => errors.push(error) });
    expect(await execution(await engine.begin(order)).complete({ status: 201, headers: {}, body: '' })).toBe(
      'store-failed',
    );
    expect(errors).toEqual([new Error('store away')]);
  });
});
