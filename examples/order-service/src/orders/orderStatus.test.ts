import { describe, expect, it } from 'vitest';
import { canSettle } from './orderStatus.js';

describe('order status transitions', () => {
  it('settles a pending order either way', () => {
    expect(canSettle('pending_payment', 'paid')).toBe(true);
    expect(canSettle('pending_payment', 'payment_failed')).toBe(true);
  });

  it('keeps paid final but lets a failed order turn out paid', () => {
    expect(canSettle('paid', 'payment_failed')).toBe(false);
    expect(canSettle('paid', 'paid')).toBe(false);
    expect(canSettle('payment_failed', 'paid')).toBe(true);
  });
});
