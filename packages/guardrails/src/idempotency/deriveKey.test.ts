import { describe, expect, it } from 'vitest';
import { InvalidKeyPartError } from '../errors/index.js';
import { deriveKey, keyMaterial } from './deriveKey.js';

describe('deriveKey', () => {
  it('gives the same key for the same operation whatever the order the parts are named in', () => {
    const a = deriveKey('payment.capture', { orderId: 'ord_1', amount: 1250, currency: 'USD' });
    const b = deriveKey('payment.capture', { currency: 'USD', orderId: 'ord_1', amount: 1250 });
    expect(a).toBe(b);
    expect(a).toMatch(/^payment\.capture:[A-Za-z0-9_-]{43}$/);
  });

  it('gives different keys when any part, the operation or a value type differs', () => {
    const base = deriveKey('payment.capture', { orderId: 'ord_1', attempt: 1 });
    expect(deriveKey('payment.capture', { orderId: 'ord_2', attempt: 1 })).not.toBe(base);
    expect(deriveKey('payment.refund', { orderId: 'ord_1', attempt: 1 })).not.toBe(base);
    expect(deriveKey('payment.capture', { orderId: 'ord_1', attempt: '1' })).not.toBe(base);
    expect(deriveKey('payment.capture', { orderId: 'ord_1', attempt: [1] })).not.toBe(base);
    expect(deriveKey('payment.capture', { orderId: 'ord_1', attempt: 1n })).not.toBe(base);
  });

  it('does not let a separator inside a value merge two operations', () => {
    expect(deriveKey('x', { a: 'b:c', d: '' })).not.toBe(deriveKey('x', { a: 'b', d: 'c' }));
    expect(deriveKey('x', { a: ['b', 'c'] })).not.toBe(deriveKey('x', { a: ['b,c'] }));
  });

  it('normalizes Unicode to NFC but keeps case and whitespace, which are business decisions', () => {
    expect(deriveKey('x', { name: 'Caf\u00e9' })).toBe(deriveKey('x', { name: 'Cafe\u0301' }));
    expect(deriveKey('x', { name: 'cafe' })).not.toBe(deriveKey('x', { name: 'Cafe' }));
    expect(deriveKey('x', { name: 'cafe' })).not.toBe(deriveKey('x', { name: 'cafe ' }));
  });

  it('sorts nested object keys and treats -0 as 0', () => {
    expect(keyMaterial('x', { a: { y: 1, z: -0 } })).toBe(keyMaterial('x', { a: { z: 0, y: 1 } }));
  });

  it('rejects undefined, NaN, dates and bad operation names with the path of the part', () => {
    expect(() => deriveKey('x', { order: { id: undefined as unknown as string } })).toThrow(
      new InvalidKeyPartError('order.id', 'undefined is not allowed; pass null for an absent part'),
    );
    expect(() => deriveKey('x', { items: [1, Number.NaN] })).toThrow(
      /key part "items\[1\]": NaN is not a finite number/,
    );
    expect(() => deriveKey('x', { at: new Date(0) as unknown as string })).toThrow(/key part "at": only plain objects/);
    expect(() => deriveKey('', {})).toThrow(/key part "\(operation\)"/);
    expect(() => deriveKey('has space', {})).toThrow(InvalidKeyPartError);
  });

  it('is pinned: the key for a fixed input never changes between releases', () => {
    expect(keyMaterial('order.create', { customer: 'cust_123', total: 1250 })).toBe(
      '["order.create","v1",[["customer",["s","cust_123"]],["total",["n",1250]]]]',
    );
    expect(deriveKey('order.create', { customer: 'cust_123', total: 1250 })).toBe(
      'order.create:OK4JkGsz7nkpE-b6gpc1RKtN83tLhBX-SxxkLfJAibE',
    );
  });
});
