import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PrContract, parsePrBody } from '../src/intent/index.js';

const dir = join(import.meta.dirname, 'fixtures/intent');
const corpus = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort();

function read(name: string): PrContract {
  return parsePrBody(readFileSync(join(dir, name), 'utf8'));
}

/** Which sections each messy body declares, as a reader of the rendered PR would say. */
const DECLARED: Record<string, readonly (keyof PrContract)[]> = {
  '01-template-unfilled.md': [],
  '02-half-filled.md': ['intent', 'changeType'],
  '03-emoji-headings.md': ['intent', 'changeType', 'nonGoals', 'semanticImpact', 'aiAssistance'],
  '04-bold-pseudo.md': ['intent', 'changeType', 'nonGoals', 'semanticImpact'],
  '05-chinese.md': ['intent'],
  '06-german.md': ['intent', 'changeType'],
  '07-spanish.md': ['intent', 'changeType'],
  '08-code-fence.md': ['intent', 'changeType'],
  '09-tables.md': ['intent', 'changeType', 'scope', 'outOfScopeFiles'],
  '10-nested-lists.md': ['intent', 'changeType', 'nonGoals'],
  '11-crlf.md': ['intent', 'changeType', 'nonGoals', 'semanticImpact'],
  '12-very-long.md': ['intent', 'changeType', 'nonGoals', 'semanticImpact'],
  '13-renovate-bot.md': [],
  '14-html-comments.md': ['intent', 'nonGoals'],
  '15-setext-and-numbers.md': ['intent', 'nonGoals', 'scope'],
  '16-placeholders.md': ['aiAssistance'],
  '17-only-prose.md': [],
  '18-empty.md': [],
  '19-weird-markdown.md': ['intent', 'nonGoals', 'aiAssistance', 'outOfScopeFiles'],
};

const SECTIONS = [
  'intent',
  'changeType',
  'nonGoals',
  'semanticImpact',
  'aiAssistance',
  'scope',
  'outOfScopeFiles',
] as const;

describe('the corpus of messy PR bodies', () => {
  it('holds at least a dozen bodies, each with its expectation', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(DECLARED).sort()).toEqual(corpus);
  });

  it.each(corpus)('%s parses without throwing, and declares what a reader sees', (name) => {
    const contract = read(name);
    const declared = SECTIONS.filter((section) => contract[section] !== undefined);
    expect(declared).toEqual(DECLARED[name]);
    for (const section of declared) expect(contract[section]?.source).toBe('pr-body');
  });

  it('ignores headings inside code fences, indented code, comments and <details>', () => {
    expect(read('08-code-fence.md').changeType?.value).toEqual(['docs']);
    expect(read('08-code-fence.md').scope).toBeUndefined();
    expect(read('14-html-comments.md').intent?.value).toBe('Cache the catalog for 60 seconds.');
    expect(read('13-renovate-bot.md').intent).toBeUndefined();
  });

  it('lists foreign-language and template headings as unknown sections', () => {
    expect(read('05-chinese.md').unknownSections).toEqual(['变更说明', '变更类型', '非目标', '测试']);
    expect(read('06-german.md').unknownSections).toContain('Art der Änderung');
    expect(read('07-spanish.md').unknownSections).toContain('No objetivos');
  });

  it('reads the ticked box of a classic GitHub checklist, with emoji and asides', () => {
    expect(read('03-emoji-headings.md').changeType?.value).toEqual(['fix']);
    expect(read('03-emoji-headings.md').aiAssistance?.value).toEqual({
      level: 'substantial',
      tool: 'claude-code:claude-sonnet-4',
    });
  });

  it('reads CRLF bodies like LF ones, with the heading lines', () => {
    const contract = read('11-crlf.md');
    expect(contract.nonGoals?.value[0]?.symbols).toEqual(['verifySignature']);
    expect(contract.semanticImpact?.value).toBe('Signatures computed over CRLF bodies now verify.');
    expect(contract.semanticImpact?.line).toBe(10);
  });

  it('reads a very long body whole', () => {
    const contract = read('12-very-long.md');
    expect(contract.nonGoals?.value).toHaveLength(400);
  });

  it('survives generated junk: deep nesting, unbalanced fences and comments, binary-looking text', () => {
    const junk = [
      `${'> '.repeat(200)}## Intent`,
      `${'- '.repeat(300)}x`,
      '```\n## Intent\n',
      '<!-- never closed\n## Intent\nhidden',
      '\u0000\u0001## Intent\u0002',
      `${'*'.repeat(5000)}Intent${'*'.repeat(5000)}`,
      `## Intent\n${'| a '.repeat(500)}|\n${'|---'.repeat(500)}|`,
      '## Non-goals\n- `unclosed backtick\n- [x]\n- [ ]',
      `${'#'.repeat(6)} ${'Intent '.repeat(2000)}`,
    ];
    for (const body of junk) expect(() => parsePrBody(body)).not.toThrow();
    expect(parsePrBody('```\n## Intent\n').intent).toBeUndefined();
    expect(parsePrBody('<!-- never closed\n## Intent\nhidden').intent).toBeUndefined();
  });
});
