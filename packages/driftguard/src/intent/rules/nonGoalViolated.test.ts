import { describe, expect, it } from 'vitest';
import {
  behaviorChange,
  classification,
  codes,
  contract,
  delta,
  intentInput,
  withCode,
} from '../../../test/support/intentInput.js';
import { evaluateIntent } from '../evaluateIntent.js';

describe('intent/non-goal-violated', () => {
  const keyChange = behaviorChange(
    'src/orders/orderId.ts',
    7,
    "`'order.create'` became `'orders.create'` in OPERATION",
    {
      symbol: 'OPERATION',
    },
  );
  const withGoal = (goal: string) => contract(`## Intent\nx\n## Non-goals\n- ${goal}`);

  it('matches a prose non-goal by its words in the file name and the risk category the file carries', () => {
    const change = behaviorChange('src/orders/orderKeys.ts', 7, "`'order.create'` became `'orders.create'`", {
      symbol: 'OPERATION',
    });
    const findings = evaluateIntent(
      intentInput({
        contract: withGoal('No change to how idempotency keys are derived'),
        semdiff: delta([change]),
        classification: classification({ 'src/orders/orderKeys.ts': ['idempotency'] }),
      }),
    );
    const [finding] = withCode(findings, 'intent/non-goal-violated');
    expect(finding).toMatchObject({ severity: 'error', file: 'src/orders/orderKeys.ts', line: 7, risk: 'idempotency' });
    expect(finding?.message).toContain('non-goal "No change to how idempotency keys are derived" rules this out');
    expect(finding?.message).toContain(
      'matched by "idempotency" ~ risk category idempotency, "keys" ~ file word "keys"',
    );
  });

  it('matches backticked symbols, globs and declared keywords exactly', () => {
    const cases = [
      {
        goal: 'Keep `deriveOrderId` as it is',
        change: behaviorChange('src/o.ts', 2, 'x', { symbol: 'deriveOrderId' }),
        how: 'symbol `deriveOrderId`',
      },
      {
        goal: 'Nothing under `src/payments/**`',
        change: behaviorChange('src/payments/capture.ts', 2, 'x'),
        how: 'path `src/payments/**`',
      },
      {
        goal: 'Leave the books alone (keywords: ledger)',
        change: behaviorChange('src/billing/ledger.ts', 2, 'x'),
        how: 'keyword "ledger"',
      },
      { goal: "Do not rename `'order.create'`", change: keyChange, how: "`'order.create'`, named in the change" },
    ];
    for (const { goal, change, how } of cases) {
      const findings = evaluateIntent(
        intentInput({
          contract: withGoal(goal),
          semdiff: delta([change]),
          classification: classification({ [change.file]: [] }),
        }),
      );
      expect(withCode(findings, 'intent/non-goal-violated')[0]?.message).toContain(`matched by ${how}`);
    }
  });

  it('does not fire on a near miss: one shared word, a risk from a global trigger, a sibling directory', () => {
    const prose = 'No change to how idempotency keys are derived';
    const cases = [
      // The file carries idempotency, but nothing else of the sentence is in it.
      { goal: prose, change: keyChange, risks: ['idempotency'] },
      // "keys" alone meets the symbol, but one word of three is not enough.
      {
        goal: prose,
        change: behaviorChange('src/orders/logFormat.ts', 3, 'x', { symbol: 'formatKeyForLog' }),
        risks: [],
      },
      // The manifest carries idempotency only as a global trigger: that says nothing about keys.
      {
        goal: prose,
        change: behaviorChange('package.json', 1, 'not TS/JS: not analyzed'),
        risks: ['global:idempotency'],
      },
      {
        goal: 'Nothing under `src/payments/**`',
        change: behaviorChange('src/payments-ui/button.ts', 1, 'x'),
        risks: [],
      },
      // "order" is in every path of an order service: directory words never match alone.
      {
        goal: 'No change to order totals',
        change: behaviorChange('src/orders/x/create.ts', 1, 'x', { symbol: 'createThing' }),
        risks: [],
      },
    ];
    for (const { goal, change, risks } of cases) {
      const findings = evaluateIntent(
        intentInput({
          contract: withGoal(goal),
          semdiff: delta([change]),
          classification: classification({ [change.file]: risks }),
        }),
      );
      expect(codes(findings)).not.toContain('intent/non-goal-violated');
    }
  });
});
