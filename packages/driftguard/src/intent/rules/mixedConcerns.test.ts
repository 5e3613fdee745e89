import { describe, expect, it } from 'vitest';
import {
  behaviorChange,
  classification,
  codes,
  contract,
  delta,
  FULL,
  intentInput,
  refactoring,
  withCode,
} from '../../../test/support/intentInput.js';
import { evaluateIntent } from '../evaluateIntent.js';

describe('intent/mixed-concerns', () => {
  it('fires when risky files bundle a behavior change with a refactor and a dependency upgrade', () => {
    const findings = evaluateIntent(
      intentInput({
        contract: contract(FULL),
        semdiff: delta(
          [
            behaviorChange('src/orders/orderId.ts', 7, 'x'),
            behaviorChange('package.json', 1, 'not TS/JS: not analyzed'),
          ],
          [refactoring('src/payments/captureKey.ts', 'rename'), refactoring('src/payments/captureKey.ts', 'format')],
        ),
        classification: classification({
          'src/orders/orderId.ts': ['idempotency'],
          'src/payments/captureKey.ts': ['payments'],
          'package.json': ['global:payments', 'global:idempotency'],
        }),
        dependencyBumps: [{ file: 'package.json', name: 'zod', field: 'dependencies', from: '^3.23.8', to: '^4.0.0' }],
      }),
    );
    const [finding] = withCode(findings, 'intent/mixed-concerns');
    expect(finding).toMatchObject({ severity: 'warning', risk: 'idempotency,payments' });
    expect(finding?.message).toBe(
      'one PR bundles behavior change (src/orders/orderId.ts:7), refactor (src/payments/captureKey.ts: rename), dependency upgrade (zod ^3.23.8 → ^4.0.0) in files that carry a risk: split it into one PR per kind of change, so each is reviewed for what it is and no behavior change hides among the others',
    );
  });

  it('counts a changed lockfile and a format-only file as concerns of their own', () => {
    const findings = evaluateIntent(
      intentInput({
        contract: contract(FULL),
        semdiff: delta([], [refactoring('src/payments/a.ts', 'format')]),
        classification: classification({ 'src/payments/a.ts': ['payments'], 'package-lock.json': ['global:payments'] }),
      }),
    );
    expect(withCode(findings, 'intent/mixed-concerns')[0]?.message).toMatch(
      /^one PR bundles formatting \(src\/payments\/a\.ts\), dependency upgrade \(package-lock\.json\)/,
    );
  });

  it('stays quiet for one concern in risky files, or many outside them', () => {
    const oneConcern = intentInput({
      contract: contract(FULL),
      semdiff: delta([behaviorChange('src/payments/a.ts', 3, 'x')], [refactoring('src/payments/a.ts', 'format')]),
      classification: classification({ 'src/payments/a.ts': ['payments'] }),
    });
    const riskFree = intentInput({
      contract: contract(FULL),
      semdiff: delta([behaviorChange('src/ui/a.ts', 3, 'x')], [refactoring('src/ui/b.ts', 'rename')]),
      classification: classification({ 'src/ui/a.ts': [], 'src/ui/b.ts': [] }),
    });
    expect(codes(evaluateIntent(oneConcern))).not.toContain('intent/mixed-concerns');
    expect(codes(evaluateIntent(riskFree))).not.toContain('intent/mixed-concerns');
  });
});
