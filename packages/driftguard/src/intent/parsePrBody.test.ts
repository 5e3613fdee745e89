import { describe, expect, it } from 'vitest';
import { parsePrBody } from './parsePrBody.js';
import { PR_TEMPLATE } from './prTemplate.js';

describe('parsePrBody', () => {
  it('reads the unfilled PR template as every section missing', () => {
    const contract = parsePrBody(PR_TEMPLATE);
    expect(contract).toEqual({ source: 'pr-body', aiSignals: [], labels: [], unknownSections: [], problems: [] });
  });

  it('reads the filled PR template, with where each section came from', () => {
    const filled = PR_TEMPLATE.replace('## Intent\n', '## Intent\nRetry captures with their original key.\n')
      .replace('- [ ] fix', '- [x] fix')
      .replace('## Non-goals\n', '## Non-goals\n- No change to `deriveOrderId`\n')
      .replace('## Semantic impact\n', '## Semantic impact\nA timed-out capture is retried once.\n')
      .replace('- [ ] partial', '- [x] partial')
      .replace('Tool: <!-- agent:model -->', 'Tool: claude-code:claude-sonnet-4')
      .replace('## Scope\n', '## Scope\n`src/payments/**`\n')
      .replace('## Out-of-scope files\n', '## Out-of-scope files\n- `package.json`: zod bump\n');
    const contract = parsePrBody(filled);
    expect(contract.intent).toEqual({
      value: 'Retry captures with their original key.',
      source: 'pr-body',
      raw: 'Retry captures with their original key.',
      line: 1,
    });
    expect(contract.changeType?.value).toEqual(['fix']);
    expect(contract.nonGoals?.value.map((goal) => goal.symbols)).toEqual([['deriveOrderId']]);
    expect(contract.semanticImpact?.value).toBe('A timed-out capture is retried once.');
    expect(contract.aiAssistance?.value).toEqual({ level: 'partial', tool: 'claude-code:claude-sonnet-4' });
    expect(contract.aiSignals).toEqual([{ kind: 'section', text: 'partial', tool: 'claude-code:claude-sonnet-4' }]);
    expect(contract.scope?.value).toEqual(['src/payments/**']);
    expect(contract.outOfScopeFiles?.value).toEqual([{ path: 'package.json', reason: 'zod bump' }]);
  });

  it('takes headings of any level, any case, with emoji, numbering, asides and trailing colons', () => {
    for (const heading of [
      '# Intent',
      '###### INTENT',
      '## 🎯 Intent:',
      '### 1. Intent',
      '## Intent (required)',
      '## Intent / why',
    ]) {
      expect(parsePrBody(`${heading}\nRetry once.`).intent?.value).toBe('Retry once.');
    }
  });

  it('takes bold pseudo-headings, with the text on the same line or below', () => {
    expect(parsePrBody('**Intent:** Retry once.').intent?.value).toBe('Retry once.');
    expect(parsePrBody('**Intent**: Retry once.').intent?.value).toBe('Retry once.');
    expect(parsePrBody('**Intent**\nRetry once.\n\n**Change type:** fix').intent?.value).toBe('Retry once.');
    expect(parsePrBody('## Intent: Retry once.').intent?.value).toBe('Retry once.');
  });

  it('does not take bold words inside a sentence for a heading', () => {
    const contract = parsePrBody('## Intent\nRetry once.\n**Scope** of this change is small.');
    expect(contract.intent?.value).toBe('Retry once.\n**Scope** of this change is small.');
    expect(contract.scope).toBeUndefined();
  });

  it('reads template comments, placeholders and an unticked checklist as nothing', () => {
    const contract = parsePrBody(
      '## Intent\n<!-- say it -->\n## Non-goals\n- N/A\n## Semantic impact\n-\n## Change type\n- [ ] fix\n- [ ] refactor',
    );
    expect([contract.intent, contract.nonGoals, contract.semanticImpact, contract.changeType]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads "none" as a level of AI assistance, not as a placeholder', () => {
    expect(parsePrBody('## AI assistance\nNone').aiAssistance?.value).toEqual({ level: 'none' });
    expect(parsePrBody('## AI assistance\nNone').aiSignals).toEqual([]);
  });

  it('names the line of each section in CRLF bodies', () => {
    const contract = parsePrBody('# Title\r\n\r\nSome text.\r\n\r\n## Intent\r\nRetry once.\r\n');
    expect(contract.intent).toMatchObject({ value: 'Retry once.', line: 5 });
    expect(contract.unknownSections).toEqual(['Title']);
  });

  it('reads non-goals into symbols, paths, keywords and prose words', () => {
    const contract = parsePrBody(
      [
        '## Non-goals',
        '- No change to how idempotency keys are derived',
        '- Nothing under `src/payments/**` or in `orderKeys.ts` (keywords: ledger, refunds)',
        '- `OrderService.create()` keeps its signature',
      ].join('\n'),
    );
    expect(contract.nonGoals?.value).toEqual([
      {
        text: 'No change to how idempotency keys are derived',
        symbols: [],
        paths: [],
        keywords: [],
        words: ['idempotency', 'keys', 'derived'],
      },
      {
        text: 'Nothing under `src/payments/**` or in `orderKeys.ts` (keywords: ledger, refunds)',
        symbols: [],
        paths: ['src/payments/**', 'orderKeys.ts'],
        keywords: ['ledger', 'refunds'],
        words: [],
      },
      {
        text: '`OrderService.create()` keeps its signature',
        symbols: ['OrderService.create'],
        paths: [],
        keywords: [],
        words: ['signature'],
      },
    ]);
  });

  it('reads Scope from backticked globs, or from lines that are only paths', () => {
    expect(parsePrBody('## Scope\nOnly the order module: `src/orders/**` and `./src/http/`').scope?.value).toEqual([
      'src/orders/**',
      'src/http/',
    ]);
    expect(parsePrBody('## Scope\n- src/orders/**\n- the rest of it\n- README.md').scope?.value).toEqual([
      'src/orders/**',
      'README.md',
    ]);
    expect(parsePrBody('## Scope\nthe order module mostly').scope).toBeUndefined();
  });

  it('reads Out-of-scope files with any separator, and keeps an entry without a reason', () => {
    const contract = parsePrBody(
      '## Out-of-scope files\n- `a/b.ts`: why\n- c/d.ts — because\n- e/f.ts - since\n- g/h.ts\n- no path here',
    );
    expect(contract.outOfScopeFiles?.value).toEqual([
      { path: 'a/b.ts', reason: 'why' },
      { path: 'c/d.ts', reason: 'because' },
      { path: 'e/f.ts', reason: 'since' },
      { path: 'g/h.ts', reason: '' },
    ]);
  });

  it('carries the labels it was given', () => {
    expect(parsePrBody('## Intent\nx', { labels: ['ai-assisted'] }).labels).toEqual(['ai-assisted']);
  });
});
