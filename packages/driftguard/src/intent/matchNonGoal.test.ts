import { describe, expect, it } from 'vitest';
import { behaviorChange } from '../../test/support/intentInput.js';
import { matchNonGoal } from './matchNonGoal.js';
import { nonGoalOf } from './nonGoals.js';

describe('matchNonGoal', () => {
  const goal = nonGoalOf('No change to how idempotency keys are derived');

  it('meets prose in other word forms, split out of camelCase symbols and file names', () => {
    const change = behaviorChange('src/orders/orderKeys.ts', 4, 'x', { symbol: 'deriveOrderKey' });
    expect(matchNonGoal(goal, change, [])).toBe('"keys" ~ symbol word "key", "derived" ~ symbol word "derive"');
  });

  it('counts a category the file carries as one word met, enough alone for a one-word non-goal', () => {
    const change = behaviorChange('src/orders/orderId.ts', 7, 'x', { symbol: 'OPERATION' });
    expect(matchNonGoal(goal, change, ['idempotency'])).toBeUndefined();
    expect(matchNonGoal(nonGoalOf('No change to order ids'), change, ['orders'])).toBe(
      '"order" ~ risk category orders, "ids" ~ file word "id"',
    );
    expect(matchNonGoal(nonGoalOf('Leave payments alone'), change, ['payments'])).toBe(
      '"payments" ~ risk category payments',
    );
  });

  it('needs two words of a longer non-goal, one of them in the symbol or file name', () => {
    const oneWord = behaviorChange('src/orders/format.ts', 1, 'x', { symbol: 'formatKeyForLog' });
    const onlyDirectories = behaviorChange('src/idempotency-keys/store.ts', 1, 'x', { symbol: 'expire' });
    expect(matchNonGoal(goal, oneWord, [])).toBeUndefined();
    expect(matchNonGoal(goal, onlyDirectories, [])).toBeUndefined();
  });

  it('matches a backticked symbol exactly, a method by its name, a class by its methods', () => {
    const method = behaviorChange('src/o.ts', 1, 'x', { symbol: 'OrderService.create' });
    expect(matchNonGoal(nonGoalOf('`create` stays'), method, [])).toBe('symbol `create`');
    expect(matchNonGoal(nonGoalOf('`creat` stays'), method, [])).toBeUndefined();
    expect(matchNonGoal(nonGoalOf('`OrderService` stays'), method, [])).toBe('symbol `OrderService`');
  });
});
