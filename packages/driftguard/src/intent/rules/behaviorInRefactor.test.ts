import { describe, expect, it } from 'vitest';
import {
  behaviorChange,
  classification,
  codes,
  contract,
  delta,
  intentInput,
  refactoring,
  withCode,
} from '../../../test/support/intentInput.js';
import { evaluateIntent } from '../evaluateIntent.js';

describe('intent/behavior-in-refactor', () => {
  const incident = behaviorChange(
    'src/orders/orderId.ts',
    7,
    "`'order.create'` became `'orders.create'` in OPERATION",
    {
      symbol: 'OPERATION',
    },
  );
  const refactorOnly = contract('## Intent\nSplit orderKeys.ts.\n## Change type\n- [x] refactor\n- [ ] fix');

  it('fires once per behavior change, at its lines, quoting the change', () => {
    const second = behaviorChange('src/orders/index.ts', 3, 'export removed', { endLine: 4 });
    const findings = evaluateIntent(
      intentInput({
        contract: refactorOnly,
        semdiff: delta([incident, second]),
        classification: classification({ 'src/orders/orderId.ts': ['idempotency'], 'src/orders/index.ts': [] }),
      }),
    );
    const found = withCode(findings, 'intent/behavior-in-refactor');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      severity: 'error',
      file: 'src/orders/orderId.ts',
      line: 7,
      endLine: 7,
      risk: 'idempotency',
    });
    expect(found[0]?.message).toMatch(
      /^declared refactor, but `'order.create'` became `'orders.create'` in OPERATION: move this behavior change/,
    );
    expect(found[1]).toMatchObject({ file: 'src/orders/index.ts', line: 3, endLine: 4 });
  });

  it('stays quiet for a true refactor, a declared fix, and test code in a declared test change', () => {
    const base = { classification: classification({ 'src/orders/orderId.ts': [] }) };
    const trueRefactor = intentInput({
      ...base,
      contract: refactorOnly,
      semdiff: delta([], [refactoring('src/orders/orderId.ts', 'rename')]),
    });
    const declaredFix = intentInput({
      ...base,
      contract: contract('## Intent\nx\n## Change type\n- [x] refactor\n- [x] fix'),
      semdiff: delta([incident]),
    });
    const testOnly = intentInput({
      ...base,
      contract: contract('## Intent\nx\n## Change type\ntests'),
      semdiff: delta([behaviorChange('src/orders/orderId.test.ts', 4, 'assertion changed')]),
    });
    for (const input of [trueRefactor, declaredFix, testOnly]) {
      expect(codes(evaluateIntent(input))).not.toContain('intent/behavior-in-refactor');
    }
  });
});
