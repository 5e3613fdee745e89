import type { ContractSectionName } from '../config/index.js';
import { buildContract, type SectionEntry } from './buildContract.js';
import { assistantOf } from './knownAssistants.js';
import type { AiSignal, PrContract } from './model.js';
import type { SectionItem } from './sectionItems.js';
import { parseTrailers, type Trailer } from './trailers.js';

/** Trailer keys (lower case) for each section, and how one trailer value splits into entries. */
const TRAILER_SECTIONS: ReadonlyMap<string, { name: ContractSectionName; split: RegExp | undefined }> = new Map([
  ['intent', { name: 'intent', split: undefined }],
  ['non-goals', { name: 'non-goals', split: /;/ }],
  ['non-goal', { name: 'non-goals', split: /;/ }],
  ['nongoals', { name: 'non-goals', split: /;/ }],
  ['change-type', { name: 'change-type', split: /,/ }],
  ['change-types', { name: 'change-type', split: /,/ }],
  ['semantic-impact', { name: 'semantic-impact', split: undefined }],
  ['scope', { name: 'scope', split: /[,\s]+/ }],
  ['out-of-scope', { name: 'out-of-scope-files', split: undefined }],
  ['out-of-scope-files', { name: 'out-of-scope-files', split: undefined }],
  ['ai-assistance', { name: 'ai-assistance', split: undefined }],
]);

/** Options of {@link parseCommitTrailers}. */
export interface ParseTrailersOptions {
  /** More assistant names for `Co-authored-by:` (the config's `intent.aiAssisted.assistants`). */
  readonly assistants?: readonly string[];
}

/**
 * Reads the PR contract from one commit message's trailers (`Intent:`, `Non-goals:`, `Change-type:`,
 * `Semantic-impact:`, `Scope:`, `Out-of-scope:`, `AI-assistance:`), plus `Assisted-by: AGENT:MODEL`
 * and a `Co-authored-by:` naming a known assistant as AI signals. Undefined when the message has none
 * of them. Several commits: parse each and {@link combineContracts} them, newest first.
 */
export function parseCommitTrailers(message: string, options: ParseTrailersOptions = {}): PrContract | undefined {
  const entries: SectionEntry[] = [];
  const aiSignals: AiSignal[] = [];
  const unknownSections: string[] = [];
  for (const trailer of parseTrailers(message)) {
    const key = trailer.key.toLowerCase();
    const section = TRAILER_SECTIONS.get(key);
    if (section !== undefined) entries.push(entryOf(section.name, section.split, trailer));
    else if (key === 'assisted-by') aiSignals.push(assistedBy(trailer.value));
    else if (key === 'co-authored-by') {
      const assistant = assistantOf(trailer.value, options.assistants);
      if (assistant !== undefined) aiSignals.push({ kind: 'co-authored-by', text: trailer.value, tool: assistant });
    } else unknownSections.push(trailer.key);
  }
  if (entries.length === 0 && aiSignals.length === 0) return undefined;
  return buildContract('trailers', entries, { aiSignals, unknownSections });
}

function entryOf(name: ContractSectionName, split: RegExp | undefined, trailer: Trailer): SectionEntry {
  const parts = split === undefined ? [trailer.value] : trailer.value.split(split);
  const items: SectionItem[] = parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((text) => ({ text, task: false, checked: false }));
  return { name, content: { text: trailer.value.trim(), items }, line: trailer.line };
}

/** `Assisted-by: AGENT:MODEL [TOOL…]` (the Linux kernel's form): the tool is its first word. */
function assistedBy(value: string): AiSignal {
  const tool = value.trim().split(/\s+/)[0] ?? '';
  return { kind: 'assisted-by', text: value.trim(), ...(tool !== '' && { tool }) };
}
