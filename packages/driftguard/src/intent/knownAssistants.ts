/**
 * AI coding assistants as they sign `Co-authored-by:` trailers: the names they write (lower case,
 * without `[bot]` or a parenthesized model) and the addresses they use. A name must match whole, so
 * "Claude Monet <claude@monet.example>" is a person, and first names (Claude, Devin, Jules) count only
 * with the assistant's own address; `intent.aiAssisted.assistants` adds names.
 */
export const KNOWN_ASSISTANTS: readonly { readonly name: string; readonly aliases: readonly string[] }[] = [
  { name: 'GitHub Copilot', aliases: ['copilot', 'github copilot', 'copilot swe agent', 'copilot-swe-agent'] },
  { name: 'Claude', aliases: ['claude code', 'anthropic claude', 'claude-code'] },
  { name: 'Cursor', aliases: ['cursor', 'cursor agent', 'cursoragent', 'cursor bugbot'] },
  { name: 'OpenAI Codex', aliases: ['codex', 'openai codex', 'chatgpt-codex-connector', 'chatgpt codex connector'] },
  { name: 'ChatGPT', aliases: ['chatgpt', 'openai chatgpt'] },
  { name: 'Devin', aliases: ['devin ai', 'devin-ai-integration', 'devin ai integration'] },
  { name: 'Aider', aliases: ['aider'] },
  { name: 'Gemini', aliases: ['gemini', 'gemini code assist', 'gemini-code-assist', 'gemini cli', 'google gemini'] },
  { name: 'Jules', aliases: ['google-labs-jules', 'google labs jules'] },
  { name: 'Windsurf', aliases: ['windsurf', 'codeium'] },
  { name: 'Amazon Q', aliases: ['amazon q', 'amazon q developer', 'amazon-q-developer'] },
  { name: 'Sourcegraph', aliases: ['sourcegraph cody', 'sourcegraph amp', 'amp code'] },
  { name: 'Tabnine', aliases: ['tabnine'] },
  { name: 'OpenHands', aliases: ['openhands', 'openhands agent', 'openhands-agent', 'opendevin'] },
  { name: 'Cline', aliases: ['cline', 'roo code', 'kilo code'] },
  { name: 'Junie', aliases: ['junie', 'jetbrains junie'] },
  { name: 'Kiro', aliases: ['kiro'] },
  { name: 'Replit Agent', aliases: ['replit agent', 'replit-agent'] },
  { name: 'Sweep', aliases: ['sweep-ai', 'sweep ai'] },
];

/**
 * Addresses assistants sign with (exact, lower case), for names that are also people's names
 * (Claude, Devin, Amp): a person at the same company signs with their own address and is not matched.
 */
const ASSISTANT_ADDRESSES: ReadonlyMap<string, string> = new Map([
  ['noreply@anthropic.com', 'Claude'],
  ['claude@anthropic.com', 'Claude'],
  ['cursoragent@cursor.com', 'Cursor'],
  ['noreply@aider.chat', 'Aider'],
  ['codex@openai.com', 'OpenAI Codex'],
  ['amp@ampcode.com', 'Sourcegraph'],
  ['noreply@windsurf.com', 'Windsurf'],
  ['noreply@codeium.com', 'Windsurf'],
]);

/**
 * The assistant a `Co-authored-by:` value names (`Claude <noreply@anthropic.com>`,
 * `aider (gpt-4o) <noreply@aider.chat>`, `Copilot <175728472+Copilot@users.noreply.github.com>`),
 * or undefined for a person. `extra` are more names, matched the same whole-name way.
 */
export function assistantOf(coAuthor: string, extra: readonly string[] = []): string | undefined {
  const match = /^(.*?)\s*(?:<([^>]*)>)?\s*$/.exec(coAuthor.trim());
  const name = normalizeName(match?.[1] ?? '');
  const address = (match?.[2] ?? '').trim().toLowerCase();
  const login = /^\d+\+(.+)@users\.noreply\.github\.com$/.exec(address)?.[1];
  const candidates = [name, ...(login === undefined ? [] : [normalizeName(login)])];
  for (const assistant of KNOWN_ASSISTANTS) {
    if (candidates.some((candidate) => assistant.aliases.includes(candidate))) return assistant.name;
  }
  const extraNames = extra.map(normalizeName);
  const named = candidates.find((candidate) => extraNames.includes(candidate));
  if (named !== undefined) return extra[extraNames.indexOf(named)];
  return ASSISTANT_ADDRESSES.get(address);
}

/** Lower case, `[bot]` and parenthesized models removed, blanks collapsed: `aider (gpt-4o)` → `aider`. */
function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\[bot\]/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
