import { describe, expect, it } from 'vitest';
import { deriveCaptureKey, deriveOrderId } from './orderKeys.js';

const CAPTURE = { tenant: 'tenantA', orderId: 'ord_1', amount: 2500, currency: 'USD' };
const REQUEST = { tenant: 'tenantA', idempotencyKey: 'client-key-1' };

describe('deriveOrderId', () => {
  it('names the same order for the same tenant and key, every time', () => {
    expect(deriveOrderId({ ...REQUEST })).toBe(deriveOrderId(REQUEST));
    expect(deriveOrderId(REQUEST)).toMatch(/^ord_[A-Za-z0-9_-]{22}$/);
  });

  it('names a different order for another key or another tenant', () => {
    const id = deriveOrderId(REQUEST);
    expect(deriveOrderId({ ...REQUEST, idempotencyKey: 'client-key-2' })).not.toBe(id);
    expect(deriveOrderId({ ...REQUEST, tenant: 'tenantB' })).not.toBe(id);
  });
});

describe('deriveCaptureKey', () => {
  it('gives the same key for the same capture, every time', () => {
    expect(deriveCaptureKey({ ...CAPTURE })).toBe(deriveCaptureKey(CAPTURE));
    expect(deriveCaptureKey(CAPTURE)).toMatch(/^payment\.capture:[A-Za-z0-9_-]{43}$/);
  });

  it('gives a different key when any part of the capture differs', () => {
    const key = deriveCaptureKey(CAPTURE);
    expect(deriveCaptureKey({ ...CAPTURE, tenant: 'tenantB' })).not.toBe(key);
    expect(deriveCaptureKey({ ...CAPTURE, orderId: 'ord_2' })).not.toBe(key);
    expect(deriveCaptureKey({ ...CAPTURE, amount: 2501 })).not.toBe(key);
    expect(deriveCaptureKey({ ...CAPTURE, currency: 'EUR' })).not.toBe(key);
  });
});
