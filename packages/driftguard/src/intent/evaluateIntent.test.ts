import { describe, expect, it } from 'vitest';
import {
  behaviorChange,
  classification,
  contract,
  delta,
  intentConfig,
  intentInput,
} from '../../test/support/intentInput.js';
import { DEFAULT_INTENT_CONFIG } from '../config/index.js';
import type { Finding } from '../report/model.js';
import { evaluateIntent } from './evaluateIntent.js';

describe('severity from config', () => {
  const input = intentInput({
    contract: contract('## Intent\nx\n## Scope\n`src/orders/**`'),
    semdiff: delta([behaviorChange('src/a.ts', 1, 'x', { endLine: 60 })]),
    classification: classification({
      'src/payments/a.ts': ['payments'],
      'src/billing/b.ts': ['billing'],
      'src/a.ts': [],
    }),
    config: intentConfig({ required: { always: ['intent'], whenRisky: [] } }),
  });
  const severities = (findings: readonly Finding[]) => findings.map((f) => `${f.code}@${f.file ?? ''}=${f.severity}`);

  it("uses each code's default when config is silent", () => {
    expect(severities(evaluateIntent(input))).toEqual([
      'intent/out-of-scope@src/payments/a.ts=warning',
      'intent/out-of-scope@src/billing/b.ts=warning',
      'intent/out-of-scope@src/a.ts=warning',
      'intent/too-large@=warning',
    ]);
  });

  it('overrides per code, drops "off", and lets a risk category raise its own findings', () => {
    const config = intentConfig({
      ...input.config,
      severity: { 'intent/too-large': 'off', 'intent/out-of-scope': 'notice' },
      riskSeverity: { payments: { 'intent/out-of-scope': 'error' }, billing: { 'intent/out-of-scope': 'warning' } },
    });
    expect(severities(evaluateIntent({ ...input, config }))).toEqual([
      'intent/out-of-scope@src/payments/a.ts=error',
      'intent/out-of-scope@src/billing/b.ts=warning',
      'intent/out-of-scope@src/a.ts=notice',
    ]);
  });

  it('keeps the defaults object untouched', () => {
    expect(DEFAULT_INTENT_CONFIG.severity).toEqual({});
  });
});
