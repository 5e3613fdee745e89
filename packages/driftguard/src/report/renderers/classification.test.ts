import { describe, expect, it } from 'vitest';
import type { Classification } from '../../risk/model.js';
import { classificationOutputs, renderClassificationText } from './classification.js';

const quiet: Classification = {
  schemaVersion: 1,
  highRisk: false,
  risks: [],
  files: [{ path: 'src/users/profile.ts', status: 'modified', risks: [] }],
};

describe('renderClassificationText', () => {
  it('says no risk, and how many files it looked at', () => {
    expect(renderClassificationText(quiet, { color: false })).toBe(
      'no risk: none of 1 changed files carries a risk category\n',
    );
  });

  it('says when there was nothing to classify rather than counting zero files', () => {
    const empty = { ...quiet, files: [] };
    expect(renderClassificationText(empty, { color: false })).toContain('no changed file to classify');
  });

  it('lists each risky file with every reason, and leaves riskless files out', () => {
    const risky: Classification = {
      schemaVersion: 1,
      highRisk: true,
      risks: ['payments'],
      files: [
        ...quiet.files,
        {
          path: 'src/lib/keys/hash.ts',
          status: 'modified',
          risks: [
            { risk: 'payments', reason: 'import', chain: ['src/orders/create.ts', 'src/lib/keys/hash.ts'] },
            { risk: 'payments', reason: 'global', trigger: 'package.json', note: 'manifest reaches every module' },
          ],
        },
      ],
    };
    const text = renderClassificationText(risky, { color: false });
    expect(text).toBe(
      [
        'high risk: payments (1 of 2 changed files)',
        '',
        'src/lib/keys/hash.ts (modified)',
        '  payments: imported from src/orders/create.ts → src/lib/keys/hash.ts',
        '  payments: global trigger: manifest reaches every module',
        '',
      ].join('\n'),
    );
    expect(classificationOutputs(risky)).toEqual({ high_risk: 'true', risks: 'payments' });
  });
});
