import { describe, expect, it } from 'vitest';
import { parseCommitTrailers } from './parseCommitTrailers.js';

describe('parseCommitTrailers', () => {
  it('reads the contract sections from trailers, each with its line', () => {
    const contract = parseCommitTrailers(
      [
        'Split the order key helper',
        '',
        'Renames only.',
        '',
        'Intent: split orderKeys.ts into orderId.ts and captureKey.ts',
        'Change-type: refactor, style',
        'Non-goals: no change to how idempotency keys are derived; nothing in `src/payments/**`',
        'Semantic-impact: none at runtime; semdiff says refactor-only',
        'Scope: src/orders/**, src/payments/captureKey.ts',
        'Out-of-scope: package.json: lint script',
        'Signed-off-by: A <a@example.com>',
      ].join('\n'),
    );
    expect(contract?.source).toBe('trailers');
    expect(contract?.intent).toMatchObject({ value: 'split orderKeys.ts into orderId.ts and captureKey.ts', line: 5 });
    expect(contract?.changeType?.value).toEqual(['refactor', 'style']);
    expect(contract?.nonGoals?.value.map((goal) => goal.text)).toEqual([
      'no change to how idempotency keys are derived',
      'nothing in `src/payments/**`',
    ]);
    expect(contract?.semanticImpact?.source).toBe('trailers');
    expect(contract?.scope?.value).toEqual(['src/orders/**', 'src/payments/captureKey.ts']);
    expect(contract?.outOfScopeFiles?.value).toEqual([{ path: 'package.json', reason: 'lint script' }]);
    expect(contract?.unknownSections).toEqual(['Signed-off-by']);
  });

  it('takes Assisted-by (AGENT:MODEL) and an assistant co-author as AI signals, not a person', () => {
    const contract = parseCommitTrailers(
      [
        'Fix',
        '',
        'Assisted-by: claude-code:claude-sonnet-4 coccinelle',
        'Co-authored-by: Claude <noreply@anthropic.com>',
        'Co-authored-by: Jane Doe <jane@example.com>',
      ].join('\n'),
    );
    expect(contract?.aiSignals).toEqual([
      { kind: 'assisted-by', text: 'claude-code:claude-sonnet-4 coccinelle', tool: 'claude-code:claude-sonnet-4' },
      { kind: 'co-authored-by', text: 'Claude <noreply@anthropic.com>', tool: 'Claude' },
    ]);
    expect(contract?.intent).toBeUndefined();
  });

  it('knows the assistants the config adds', () => {
    const message = 'Fix\n\nCo-authored-by: house-bot <bot@example.com>\n';
    expect(parseCommitTrailers(message)).toBeUndefined();
    expect(parseCommitTrailers(message, { assistants: ['House-Bot'] })?.aiSignals[0]?.tool).toBe('House-Bot');
  });

  it('is undefined for a message without contract trailers', () => {
    expect(parseCommitTrailers('Fix the build\n\nSigned-off-by: A <a@example.com>\n')).toBeUndefined();
    expect(parseCommitTrailers('Intent: only a title')).toBeUndefined();
    expect(parseCommitTrailers('')).toBeUndefined();
  });
});
