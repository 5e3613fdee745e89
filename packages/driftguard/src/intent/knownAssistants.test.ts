import { describe, expect, it } from 'vitest';
import { assistantOf } from './knownAssistants.js';

describe('assistantOf', () => {
  it.each([
    ['Claude <noreply@anthropic.com>', 'Claude'],
    ['Claude Opus 4.1 <noreply@anthropic.com>', 'Claude'],
    ['Copilot <175728472+Copilot@users.noreply.github.com>', 'GitHub Copilot'],
    ['copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>', 'GitHub Copilot'],
    ['Cursor Agent <cursoragent@cursor.com>', 'Cursor'],
    ['aider (anthropic/claude-3-5-sonnet) <noreply@aider.chat>', 'Aider'],
    ['devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>', 'Devin'],
    ['gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>', 'Gemini'],
    ['Codex <codex@openai.com>', 'OpenAI Codex'],
    ['ChatGPT <chatgpt@example.com>', 'ChatGPT'],
    ['Windsurf <noreply@windsurf.com>', 'Windsurf'],
  ])('knows %s as %s', (coAuthor, name) => {
    expect(assistantOf(coAuthor)).toBe(name);
  });

  it.each([
    'Claude Monet <claude@monet.example>',
    'Devin Smith <devin@example.com>',
    'Jane Doe <jane@anthropic.com>',
    'Cursor Fan Club <fans@example.com>',
    '',
  ])('takes %s for a person', (coAuthor) => {
    expect(assistantOf(coAuthor)).toBeUndefined();
  });
});
