import type { Meter } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { createIdempotency } from './createIdempotency.js';
import { openTelemetryMetrics } from './openTelemetryMetrics.js';
import { createMemoryStore } from './stores/memory/index.js';

function recordingMeter() {
  const added: { name: string; value: number; attributes: unknown }[] = [];
  const meter = {
    createCounter: (name: string) => ({
      add: (value: number, attributes?: unknown) => added.push({ name, value, attributes }),
    }),
  } as unknown as Pick<Meter, 'createCounter'>;
  return { meter, added };
}

describe('openTelemetryMetrics', () => {
  it('counts executions, replays and rejections with the method and route template', async () => {
    const { meter, added } = recordingMeter();
    const engine = createIdempotency({
      store: createMemoryStore(),
      metrics: openTelemetryMetrics(meter),
      allowAnonymous: true,
    });
    const request = {
      method: 'post',
      route: '/orders',
      headers: { 'idempotency-key': 'k1' },
      body: {},
      principal: undefined,
    };
    const first = await engine.begin(request);
    if (first.kind !== 'execute') throw new Error('expected an execution');
    await first.complete({ status: 201, headers: {}, body: '{}' });
    await engine.begin(request);
    await engine.begin({ ...request, headers: {} });

    const attributes = { 'http.request.method': 'POST', 'http.route': '/orders' };
    expect(added).toEqual([
      { name: 'idempotency.executions', value: 1, attributes },
      { name: 'idempotency.replays', value: 1, attributes },
      { name: 'idempotency.rejections', value: 1, attributes: { ...attributes, code: 'idempotency/key-missing' } },
    ]);
  });
});
