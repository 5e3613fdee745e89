import { describe, expect, it } from 'vitest';
import { defaultFingerprint } from './fingerprint.js';

const base = { method: 'POST', route: '/orders', body: { sku: 'a', qty: 1 } };

describe('defaultFingerprint', () => {
  it('ignores key order and method case', () => {
    expect(defaultFingerprint({ ...base, method: 'post', body: { qty: 1, sku: 'a' } })).toBe(defaultFingerprint(base));
  });

  it('changes with the method, the route template or any body value', () => {
    const print = defaultFingerprint(base);
    expect(defaultFingerprint({ ...base, method: 'PATCH' })).not.toBe(print);
    expect(defaultFingerprint({ ...base, route: '/orders/:id' })).not.toBe(print);
    expect(defaultFingerprint({ ...base, body: { sku: 'a', qty: 2 } })).not.toBe(print);
    expect(defaultFingerprint({ ...base, body: { sku: 'a', qty: '1' } })).not.toBe(print);
  });

  it('changes with the path but not with the order of query parameters', () => {
    const seven = defaultFingerprint({ ...base, route: '/orders/:id', path: '/orders/7?a=1&b=2' });
    expect(defaultFingerprint({ ...base, route: '/orders/:id', path: '/orders/7?b=2&a=1' })).toBe(seven);
    expect(defaultFingerprint({ ...base, route: '/orders/:id', path: '/orders/8?a=1&b=2' })).not.toBe(seven);
    expect(defaultFingerprint({ ...base, route: '/orders/:id', path: '/orders/7?a=1&b=3' })).not.toBe(seven);
  });

  it('tells raw bytes from a JSON string with the same text, and an absent body counts as null', () => {
    const bytes = defaultFingerprint({ ...base, body: Buffer.from('"x"') });
    expect(defaultFingerprint({ ...base, body: 'x' })).not.toBe(bytes);
    expect(defaultFingerprint({ ...base, body: undefined })).toBe(defaultFingerprint({ ...base, body: null }));
  });
});
