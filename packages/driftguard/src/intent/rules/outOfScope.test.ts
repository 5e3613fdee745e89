import { describe, expect, it } from 'vitest';
import {
  changed,
  classification,
  codes,
  contract,
  delta,
  intentInput,
  withCode,
} from '../../../test/support/intentInput.js';
import { evaluateIntent } from '../evaluateIntent.js';

describe('intent/out-of-scope', () => {
  const scoped = (extra = '') => contract(`## Intent\nx\n## Scope\n- \`src/orders/**\`\n${extra}`);
  const files = [changed('src/orders/create.ts'), changed('src/payments/charge.ts')];
  const facts = {
    semdiff: delta([]),
    classification: classification({ 'src/orders/create.ts': [], 'src/payments/charge.ts': [] }),
    files,
  };

  it('flags a changed file outside Scope that no line explains, at that file', () => {
    const findings = withCode(evaluateIntent(intentInput({ ...facts, contract: scoped() })), 'intent/out-of-scope');
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', file: 'src/payments/charge.ts' })]);
    expect(findings[0]?.message).toContain(
      'add "`src/payments/charge.ts`: why it had to change" under Out-of-scope files',
    );
  });

  it('accepts a file explained under Out-of-scope files, and says nothing without a Scope', () => {
    const explained = scoped('## Out-of-scope files\n- `src/payments/charge.ts`: the capture call moved');
    expect(codes(evaluateIntent(intentInput({ ...facts, contract: explained })))).toEqual([]);
    expect(codes(evaluateIntent(intentInput({ ...facts, contract: contract('## Intent\nx') })))).toEqual([]);
  });

  it('does not take an entry without a reason as an explanation', () => {
    const bare = scoped('## Out-of-scope files\n- `src/payments/charge.ts`');
    const [finding] = evaluateIntent(intentInput({ ...facts, contract: bare }));
    expect(finding?.message).toContain('its Out-of-scope files line gives no reason');
  });

  it('is an error for an AI-assisted change', () => {
    const findings = evaluateIntent(
      intentInput({ ...facts, contract: scoped('## Non-goals\n- none of x y'), labels: ['ai-assisted'] }),
    );
    expect(withCode(findings, 'intent/out-of-scope')[0]?.severity).toBe('error');
  });
});
