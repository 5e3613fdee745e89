import { describe, expect, it } from 'vitest';
import { runDemo } from '../src/demo/index.js';
import type { Finding } from '../src/index.js';

const errors = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error');

describe('driftguard demo: the incident on the example service, body "refactor only"', () => {
  it('fails the incident pull request at the key derivation line and passes its clean twin', async () => {
    let text = '';
    const outcome = await runDemo({ write: (t) => (text += t), color: false, version: 'test' });
    expect([outcome.incidentExit, outcome.cleanExit, outcome.asExpected]).toEqual([1, 0, true]);

    const incident = outcome.incident.findings;
    expect(incident).toContainEqual(
      expect.objectContaining({
        code: 'intent/behavior-in-refactor',
        severity: 'error',
        file: 'src/orders/orderId.ts',
        line: 9,
        message: expect.stringContaining("`'order.create'` became `'orders.create'`"),
      }),
    );
    expect(incident).toContainEqual(
      expect.objectContaining({
        code: 'risk/high',
        severity: 'notice',
        file: 'src/orders/orderId.ts',
        message: expect.stringContaining(
          'src/orders/orderRoutes.ts → src/orders/placeOrder.ts → src/orders/orderId.ts imports it',
        ),
      }),
    );
    // The behavior lock that pins the order id fails too, naming the duplicate.
    expect(incident).toContainEqual(
      expect.objectContaining({
        code: 'gate/suite-failed',
        file: 'locks/order-id.lock.yaml',
        message: expect.stringContaining('a retry that crosses the release creates a duplicate order'),
      }),
    );
    expect(outcome.incident.suites).toEqual([expect.objectContaining({ name: 'locks', status: 'failed' })]);
    const elsewhere = errors(incident).filter((f) => f.file !== 'locks/order-id.lock.yaml');
    expect(elsewhere.every((f) => f.file === 'src/orders/orderId.ts' && f.line === 9)).toBe(true);

    expect(outcome.clean.verdict).toBe('pass');
    expect(errors(outcome.clean.findings)).toEqual([]);
    expect(outcome.clean.semdiff?.verdict).toBe('refactor-only');
    expect(outcome.clean.suites).toEqual([expect.objectContaining({ name: 'locks', status: 'passed' })]);

    expect(text).toContain('1/2  The pull request as it was merged');
    expect(text).toContain('Result: the incident');
    expect(text).toContain('semdiff: behavior-change (src/orders/orderId.ts:9)');
    expect(text).toContain('locks:   failed (3 of 4 locks held)');
    expect(text).toContain('locks:   passed (4 of 4 locks held)');
  }, 180_000);
});
