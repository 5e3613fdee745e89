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

describe('intent/too-large', () => {
  const linesOfChange = (total: number) => [behaviorChange('src/a.ts', 1, 'x', { endLine: total })];

  it('fires over the budget of behavior lines, naming the measure that is over', () => {
    const findings = evaluateIntent(
      intentInput({
        contract: contract(FULL),
        semdiff: delta(linesOfChange(41)),
        classification: classification({ 'src/a.ts': [] }),
      }),
    );
    expect(withCode(findings, 'intent/too-large')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(
          /^behavioral size over budget: 41 behavior lines \(budget 40\), 1 behavior changes, 0 critical symbols/,
        ),
      }),
    ]);
  });

  it('stays quiet at the budget, and does not count proven refactorings', () => {
    const atBudget = intentInput({
      contract: contract(FULL),
      semdiff: delta(linesOfChange(40)),
      classification: classification({ 'src/a.ts': [] }),
    });
    const bigRefactor = intentInput({
      contract: contract(FULL),
      semdiff: delta(
        [],
        Array.from({ length: 300 }, (_, i) => refactoring(`src/f${i}.ts`, 'rename')),
      ),
      classification: classification({ 'src/a.ts': [] }),
    });
    expect(codes(evaluateIntent(atBudget))).not.toContain('intent/too-large');
    expect(codes(evaluateIntent(bigRefactor))).not.toContain('intent/too-large');
  });

  it('holds AI-assisted changes to half the budget, and counts critical symbols in risky files', () => {
    const ai = intentInput({
      contract: contract(`${FULL}\n## AI assistance\nsubstantial, claude-code:claude-sonnet-4`),
      semdiff: delta(linesOfChange(21)),
      classification: classification({ 'src/a.ts': [] }),
    });
    expect(withCode(evaluateIntent(ai), 'intent/too-large')[0]?.message).toContain('21 behavior lines (budget 20)');
    const symbols = intentInput({
      contract: contract(FULL),
      semdiff: delta(
        ['a', 'b', 'c', 'd', 'e', 'f'].map((s, i) => behaviorChange('src/payments/p.ts', i + 1, 'x', { symbol: s })),
      ),
      classification: classification({ 'src/payments/p.ts': ['payments'] }),
    });
    expect(withCode(evaluateIntent(symbols), 'intent/too-large')[0]).toMatchObject({
      risk: 'payments',
      message: expect.stringContaining('6 critical symbols (budget 5)'),
    });
  });
});
