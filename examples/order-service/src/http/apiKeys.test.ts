import { describe, expect, it } from 'vitest';
import { parseApiKeys, TenantDirectory } from './apiKeys.js';

describe('parseApiKeys', () => {
  it('reads tenant:key pairs, allowing several keys per tenant', () => {
    expect(parseApiKeys(' acme:key-one-111 , acme:key-two-222,globex:key-three-3')).toEqual([
      { tenant: 'acme', key: 'key-one-111' },
      { tenant: 'acme', key: 'key-two-222' },
      { tenant: 'globex', key: 'key-three-3' },
    ]);
  });

  it('says which entry is wrong and why, without echoing the key', () => {
    expect(parseApiKeys('acme')).toBe('entry 1 must be tenant:key with a tenant of letters, digits, "_" or "-"');
    expect(parseApiKeys('acme:key-one-111,globex:short')).toBe(
      'entry 2 (globex) needs a key of 8-256 printable characters',
    );
    expect(parseApiKeys('acme:key-one-111,globex:key-one-111')).toBe(
      'entry 2 (globex) repeats a key already given to a tenant',
    );
  });
});

describe('TenantDirectory', () => {
  it('finds the tenant of a known key and nothing for any other', () => {
    const directory = new TenantDirectory([{ tenant: 'acme', key: 'key-one-111' }]);
    expect(directory.tenantOf('key-one-111')).toBe('acme');
    expect(directory.tenantOf('key-one-112')).toBeUndefined();
    expect(directory.tenantOf('')).toBeUndefined();
  });
});
