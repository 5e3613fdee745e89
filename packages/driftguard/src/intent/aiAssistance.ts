import type { AiAssistance, AiLevel } from './model.js';
import type { SectionItem } from './sectionItems.js';

/** Words that state a level; the first level word in the section wins. */
const LEVEL_WORDS: ReadonlyMap<string, AiLevel> = new Map([
  ['none', 'none'],
  ['no', 'none'],
  ['n/a', 'none'],
  ['partial', 'partial'],
  ['partially', 'partial'],
  ['partly', 'partial'],
  ['some', 'partial'],
  ['minor', 'partial'],
  ['light', 'partial'],
  ['autocomplete', 'partial'],
  ['substantial', 'substantial'],
  ['substantially', 'substantial'],
  ['significant', 'substantial'],
  ['mostly', 'substantial'],
  ['most', 'substantial'],
  ['majority', 'substantial'],
  ['heavily', 'substantial'],
  ['full', 'substantial'],
  ['fully', 'substantial'],
  ['entirely', 'substantial'],
  ['generated', 'substantial'],
]);

/** `agent:model`, as the Linux kernel's `Assisted-by:` writes it: `claude-code:claude-sonnet-4`. Not a URL. */
const AGENT_MODEL = /(?:^|[\s`(])([A-Za-z][\w.-]*:(?!\/\/)[A-Za-z0-9][\w.\-/]*)(?=$|[\s`),;])/;

/** An assistant named in prose ("Partially, Copilot autocomplete"), when no `agent:model` is given. */
const NAMED_TOOL =
  /\b(Copilot|Claude(?: Code)?|Cursor|Codex|ChatGPT|Devin|Aider|Gemini|Jules|Windsurf|Codeium|Amazon Q|Cody|Amp|Tabnine|OpenHands|Cline|Roo Code|Junie|Kiro)\b/i;

/** `Tool: Copilot`, `Agent: …`, `Model: …` on a line of its own. */
const TOOL_LINE = /^(?:tool|tools|agent|assistant|model)s?\s*:\s*(.+)$/i;

/**
 * Reads the AI assistance section: the level (ticked box, or the first level word) and the tool.
 * A tool without a level counts as `partial`; a section with neither is undefined (missing).
 */
export function readAiAssistance(items: readonly SectionItem[]): AiAssistance | undefined {
  const chosen = items.filter((item) => !item.task || item.checked);
  const level = levelOf(chosen.filter((item) => item.task)) ?? levelOf(chosen.filter((item) => !item.task));
  const tool = toolOf(chosen);
  if (level === undefined && tool === undefined) return undefined;
  return { level: level ?? 'partial', ...(tool !== undefined && { tool }) };
}

function levelOf(items: readonly SectionItem[]): AiLevel | undefined {
  for (const item of items) {
    const text = item.text.toLowerCase();
    if (TOOL_LINE.test(text)) continue;
    for (const word of text.match(/n\/a|[a-z]+/g) ?? []) {
      const level = LEVEL_WORDS.get(word);
      if (level !== undefined) return level;
    }
  }
  return undefined;
}

function toolOf(items: readonly SectionItem[]): string | undefined {
  for (const item of items) {
    const labelled = TOOL_LINE.exec(item.text.trim());
    const candidate = labelled ? labelled[1]!.replace(/`/g, '').trim() : undefined;
    if (candidate !== undefined && candidate !== '' && !LEVEL_WORDS.has(candidate.toLowerCase())) return candidate;
    const agentModel = AGENT_MODEL.exec(item.text);
    if (agentModel) return agentModel[1];
  }
  for (const item of items) {
    const named = NAMED_TOOL.exec(item.text);
    if (named) return named[1];
  }
  return undefined;
}
