import { describe, expect, it } from 'vitest';
import {
  behaviorChange,
  classification,
  codes,
  contract,
  delta,
  FULL,
  intentInput,
  withCode,
} from '../../../test/support/intentInput.js';
import { evaluateIntent } from '../evaluateIntent.js';

describe('intent/multiple-risks', () => {
  it('fires when behavior changes fall in two risk categories', () => {
    const findings = evaluateIntent(
      intentInput({
        contract: contract(FULL),
        semdiff: delta([behaviorChange('src/payments/a.ts', 3, 'x'), behaviorChange('src/billing/b.ts', 9, 'y')]),
        classification: classification({ 'src/payments/a.ts': ['payments'], 'src/billing/b.ts': ['billing'] }),
      }),
    );
    expect(withCode(findings, 'intent/multiple-risks')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        risk: 'billing,payments',
        message: expect.stringMatching(
          /^behavior changes in 2 risk categories: billing \(1, e\.g\. src\/billing\/b\.ts:9\), payments \(1, e\.g\. src\/payments\/a\.ts:3\)/,
        ),
      }),
    ]);
  });

  it('does not count the categories a manifest reaches only as a global trigger', () => {
    const findings = evaluateIntent(
      intentInput({
        contract: contract(FULL),
        semdiff: delta([behaviorChange('src/payments/a.ts', 3, 'x'), behaviorChange('package.json', 1, 'not TS/JS')]),
        classification: classification({
          'src/payments/a.ts': ['payments'],
          'package.json': ['global:payments', 'global:billing', 'global:webhooks'],
        }),
      }),
    );
    expect(codes(findings)).not.toContain('intent/multiple-risks');
  });
});
