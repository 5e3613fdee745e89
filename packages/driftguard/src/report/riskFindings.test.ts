import { describe, expect, it } from 'vitest';
import type { Classification, FileClassification } from '../risk/model.js';
import { riskFindings } from './riskFindings.js';

const classified = (...files: FileClassification[]): Classification => ({
  schemaVersion: 1,
  highRisk: files.some((file) => file.risks.length > 0),
  risks: [...new Set(files.flatMap((file) => file.risks.map((reason) => reason.risk)))].sort(),
  files,
});

describe('riskFindings', () => {
  it('says which entry point reaches a file through which imports', () => {
    const chain = ['src/orders/create.ts', 'src/lib/index.ts', 'src/lib/keys/hash.ts'];
    const [finding] = riskFindings(
      classified({
        path: 'src/lib/keys/hash.ts',
        status: 'modified',
        risks: [{ risk: 'payments', reason: 'import', chain }],
      }),
    );
    expect(finding).toEqual({
      code: 'risk/high',
      severity: 'notice',
      message: 'carries payments risk: src/orders/create.ts → src/lib/index.ts → src/lib/keys/hash.ts imports it',
      file: 'src/lib/keys/hash.ts',
      risk: 'payments',
    });
  });

  it('names the path rule a file matches', () => {
    const [finding] = riskFindings(
      classified({
        path: 'src/payments/a.ts',
        status: 'added',
        risks: [{ risk: 'payments', reason: 'path', pattern: 'src/payments/**' }],
      }),
    );
    expect(finding?.message).toBe('matches payments path rule "src/payments/**"');
  });

  it('says a changed entry point is one, rather than that it imports itself', () => {
    const [finding] = riskFindings(
      classified({
        path: 'src/orders/create.ts',
        status: 'modified',
        risks: [{ risk: 'payments', reason: 'import', chain: ['src/orders/create.ts'] }],
      }),
    );
    expect(finding?.message).toBe('carries payments risk: it is a payments entry point');
  });

  it('says a global trigger once for all the categories it marks, with its note', () => {
    const global = (risk: string) => ({
      risk,
      reason: 'global' as const,
      trigger: '**/package-lock.json',
      note: 'installed dependencies change',
    });
    const findings = riskFindings(
      classified({ path: 'package-lock.json', status: 'modified', risks: [global('payments'), global('billing')] }),
    );
    expect(findings).toEqual([
      {
        code: 'risk/high',
        severity: 'notice',
        message:
          'global trigger for billing, payments: package-lock.json can change every module (installed dependencies change)',
        file: 'package-lock.json',
        risk: 'billing,payments',
      },
    ]);
  });

  it('gives one finding per risky file, with every reason, and none for a file without risk', () => {
    const findings = riskFindings(
      classified(
        { path: 'docs/a.md', status: 'modified', risks: [] },
        {
          path: 'src/webhooks/pay.ts',
          status: 'modified',
          risks: [
            { risk: 'webhooks', reason: 'path', pattern: 'src/webhooks/**' },
            { risk: 'payments', reason: 'import', chain: ['src/pay.ts', 'src/webhooks/pay.ts'] },
          ],
        },
      ),
    );
    expect(findings.map((f) => [f.file, f.risk, f.message])).toEqual([
      [
        'src/webhooks/pay.ts',
        'payments,webhooks',
        'matches webhooks path rule "src/webhooks/**"; carries payments risk: src/pay.ts → src/webhooks/pay.ts imports it',
      ],
    ]);
  });
});
