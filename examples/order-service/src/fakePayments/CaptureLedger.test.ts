import { describe, expect, it } from 'vitest';
import { CaptureLedger } from './CaptureLedger.js';

const INPUT = { amount: 2500, currency: 'USD', reference: 'ord_1', metadata: { tenant: 'tenantA', note: 'x' } };

describe('CaptureLedger', () => {
  it('charges once per key and replays the first capture for a retry', () => {
    const ledger = new CaptureLedger();
    const first = ledger.capture('k1', INPUT, 100);
    const retry = ledger.capture('k1', { ...INPUT, metadata: { note: 'x', tenant: 'tenantA' } }, 200);
    expect(first.kind).toBe('created');
    expect(retry).toEqual({ kind: 'replayed', capture: first.capture });
    expect(ledger.list()).toHaveLength(1);
  });

  it('refuses a key reused for a different capture', () => {
    const ledger = new CaptureLedger();
    ledger.capture('k1', INPUT, 100);
    expect(ledger.capture('k1', { ...INPUT, amount: 2600 }, 100).kind).toBe('mismatch');
    expect(ledger.list()).toHaveLength(1);
  });

  it('charges again for a new key, even for the same order', () => {
    const ledger = new CaptureLedger();
    ledger.capture('k1', INPUT, 100);
    ledger.capture('k2', INPUT, 100);
    expect(ledger.list().map((capture) => capture.id)).toEqual(['cap_000001', 'cap_000002']);
  });
});
