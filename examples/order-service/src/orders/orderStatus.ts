import type { OrderStatus, SettledStatus } from './Order.js';

/**
 * The statuses a payment outcome may move an order from. `paid` is final: a late failure report never
 * un-pays an order. `payment_failed` may still become `paid`, because a capture that timed out on our
 * side can have succeeded at the provider, whose webhook then says so.
 */
export const SETTLES_FROM: Readonly<Record<SettledStatus, readonly OrderStatus[]>> = {
  paid: ['pending_payment', 'payment_failed'],
  payment_failed: ['pending_payment'],
};

/** True if an order in `from` may move to `to`. */
export function canSettle(from: OrderStatus, to: SettledStatus): boolean {
  return SETTLES_FROM[to].includes(from);
}
