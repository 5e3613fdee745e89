import { describe, expect, it } from 'vitest';
import { scopeKey } from './principalScope.js';

describe('scopeKey', () => {
  it('gives two principals sending the same key two different store keys', () => {
    expect(scopeKey('tenant-a', 'k1')).not.toBe(scopeKey('tenant-b', 'k1'));
  });

  it('cannot be collided by moving a separator between principal and key', () => {
    expect(scopeKey('a:b', 'c')).not.toBe(scopeKey('a', 'b:c'));
    expect(scopeKey('a', ':c')).not.toBe(scopeKey('a:', 'c'));
  });

  it('keeps the anonymous principal apart from every named one, the empty name included', () => {
    expect(scopeKey(undefined, 'k')).not.toBe(scopeKey('', 'k'));
    expect(scopeKey(undefined, 'k')).not.toBe(scopeKey('null', 'k'));
  });

  it('is stable across releases and keeps the client key readable at the end', () => {
    expect(scopeKey('tenant-a', 'order-1')).toMatch(/^[A-Za-z0-9_-]{43}:order-1$/);
    expect(scopeKey('tenant-a', 'order-1')).toBe(scopeKey('tenant-a', 'order-1'));
  });
});
