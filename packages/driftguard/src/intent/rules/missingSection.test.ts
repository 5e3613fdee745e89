import { describe, expect, it } from 'vitest';
import {
  classification,
  codes,
  contract,
  delta,
  FULL,
  intentConfig,
  intentInput,
  withCode,
} from '../../../test/support/intentInput.js';
import { evaluateIntent } from '../evaluateIntent.js';
import { parseCommitTrailers } from '../parseCommitTrailers.js';

describe('intent/missing-section', () => {
  it('says the contract is absent, once, when there is no description and no trailers', () => {
    const findings = evaluateIntent(
      intentInput({ contract: undefined, semdiff: delta([]), classification: classification({ 'src/a.ts': [] }) }),
    );
    expect(withCode(findings, 'intent/missing-section')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^no PR contract: /) }),
    ]);
  });

  it('requires Non-goals and Semantic impact when a file carrying a risk changes', () => {
    const findings = evaluateIntent(
      intentInput({ semdiff: delta([]), classification: classification({ 'src/payments/charge.ts': ['payments'] }) }),
    );
    const missing = withCode(findings, 'intent/missing-section');
    expect(missing.map((f) => f.message.split(' is missing')[0])).toEqual(['Non-goals', 'Semantic impact']);
    expect(missing[0]).toMatchObject({ severity: 'error', risk: 'payments' });
    expect(missing[0]?.message).toContain('src/payments/charge.ts carries payments risk');
  });

  it('asks nothing more of a complete contract, nor of a risk-free change that states its intent', () => {
    const risky = intentInput({
      contract: contract(FULL),
      semdiff: delta([]),
      classification: classification({ 'src/payments/charge.ts': ['payments'] }),
    });
    const plain = intentInput({ semdiff: delta([]), classification: classification({ 'src/ui/button.ts': [] }) });
    expect(codes(evaluateIntent(risky))).not.toContain('intent/missing-section');
    expect(codes(evaluateIntent(plain))).toEqual([]);
  });

  it('counts a section holding only the template comment as missing, and names the trailer for commits', () => {
    const fromBody = evaluateIntent(
      intentInput({
        contract: contract('## Intent\n<!-- One or two sentences -->\n'),
        semdiff: delta([]),
        classification: classification({ 'src/a.ts': [] }),
      }),
    );
    expect(fromBody[0]?.message).toMatch(/^Intent is missing or empty \(required: every change declares it\)/);
    const fromTrailers = evaluateIntent(
      intentInput({
        contract: parseCommitTrailers('Tidy\n\nChange-type: refactor\n'),
        semdiff: delta([]),
        classification: classification({ 'src/a.ts': [] }),
      }),
    );
    expect(fromTrailers[0]?.message).toContain('or a `Intent:` commit trailer');
  });

  it('says what a written section failed to say', () => {
    const findings = evaluateIntent(
      intentInput({
        contract: contract('## Intent\nx\n## Change type\nchore'),
        semdiff: delta([]),
        classification: classification({ 'src/a.ts': [] }),
        config: intentConfig({ required: { always: ['intent', 'change-type'], whenRisky: [] } }),
      }),
    );
    expect(findings[0]?.message).toContain('the section is there, but it names "chore", which is none of fix');
  });

  it('requires Non-goals of an AI-assisted change even without risk', () => {
    const findings = evaluateIntent(
      intentInput({ semdiff: delta([]), classification: classification({ 'src/a.ts': [] }), labels: ['AI assisted'] }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Non-goals is missing or empty \(required: the change is AI-assisted \(label AI assisted\)\)/,
      ),
    ]);
  });
});
