import { describe, expect, it } from 'vitest';
import { classification, codes, contract, delta, FULL, intentInput } from '../../../test/support/intentInput.js';
import { evaluateIntent } from '../evaluateIntent.js';
import { parseCommitTrailers } from '../parseCommitTrailers.js';

describe('intent/ai-unreviewed', () => {
  const risky = { semdiff: delta([]), classification: classification({ 'src/payments/charge.ts': ['payments'] }) };
  const noImpact = '## Intent\nx\n## Non-goals\n- No new endpoints';

  it('fires for an assistant co-author on a risky change without a Semantic impact', () => {
    const trailers = parseCommitTrailers(
      'Retry captures\n\nIntent: retry captures\nNon-goals: no new endpoints\nCo-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n',
    );
    const findings = evaluateIntent(intentInput({ ...risky, contract: trailers }));
    expect(codes(findings)).toEqual(['intent/ai-unreviewed']);
    expect(findings[0]).toMatchObject({ severity: 'error', risk: 'payments' });
    expect(findings[0]?.message).toMatch(
      /^AI-assisted change \(Co-authored-by: Copilot <.*>\) to src\/payments\/charge\.ts \(payments\) has no human-written Semantic impact/,
    );
  });

  it('fires for a label and for the declared section too', () => {
    expect(
      codes(evaluateIntent(intentInput({ ...risky, contract: contract(noImpact), labels: ['ai-generated'] }))),
    ).toEqual(['intent/ai-unreviewed']);
    const declared = contract(`${noImpact}\n## AI assistance\n- [x] partial\n- [ ] none`);
    expect(codes(evaluateIntent(intentInput({ ...risky, contract: declared })))).toEqual(['intent/ai-unreviewed']);
  });

  it('stays quiet with a Semantic impact, without risk, for "none", and for a person named Claude', () => {
    const reviewed = intentInput({ ...risky, contract: contract(FULL), labels: ['ai-assisted'] });
    const riskFree = intentInput({
      semdiff: delta([]),
      classification: classification({ 'src/ui/a.ts': [] }),
      contract: contract(noImpact),
      labels: ['ai-assisted'],
    });
    const none = intentInput({
      ...risky,
      contract: contract(`${noImpact}\n## AI assistance\n- [x] none\n- [ ] partial`),
    });
    const person = intentInput({
      ...risky,
      contract: parseCommitTrailers('Fix\n\nIntent: fix\nCo-authored-by: Claude Monet <claude@monet.example>\n'),
    });
    for (const input of [reviewed, riskFree, none, person]) {
      expect(codes(evaluateIntent(input))).not.toContain('intent/ai-unreviewed');
    }
  });
});
