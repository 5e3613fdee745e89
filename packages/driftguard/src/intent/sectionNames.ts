import type { ContractSectionName } from '../config/index.js';
import { stripComments } from './markdownText.js';

/**
 * Heading texts each section answers to, after normalization (lower case, emoji, punctuation and
 * dashes gone). Kept short on purpose: a heading we do not know is an unknown section, never a guess.
 * "Out of scope" alone is deliberately absent: templates use it both for non-goals and for files.
 */
const ALIASES: Readonly<Record<ContractSectionName, readonly string[]>> = {
  intent: ['intent', 'intention', 'intended behavior', 'intended behaviour', 'intended change', 'intent of the change'],
  'change-type': [
    'change type',
    'change types',
    'type of change',
    'types of change',
    'type of changes',
    'types of changes',
    'kind of change',
    'pr type',
  ],
  'non-goals': ['non goals', 'non goal', 'nongoals', 'nongoal', 'what this does not change'],
  'semantic-impact': [
    'semantic impact',
    'behavior impact',
    'behaviour impact',
    'behavioral impact',
    'behavioural impact',
    'behavior changes',
    'behaviour changes',
  ],
  'ai-assistance': ['ai assistance', 'ai assisted', 'ai usage', 'ai use', 'ai disclosure', 'use of ai', 'ai tools'],
  scope: ['scope', 'in scope', 'files in scope', 'intended scope'],
  'out-of-scope-files': [
    'out of scope files',
    'out of scope file',
    'files out of scope',
    'out of scope changes',
    'files outside scope',
    'files outside the scope',
  ],
};

const BY_ALIAS = new Map<string, ContractSectionName>(
  Object.entries(ALIASES).flatMap(([name, aliases]) =>
    aliases.map((alias) => [alias, name as ContractSectionName] as const),
  ),
);

/** Lower case, no parentheticals, emoji, punctuation, numbering or "optional"; `/` and `&` kept to split on. */
function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}/&]+/gu, ' ')
    .replace(/^\s*\d+\s+/, '')
    .replace(/\s+(optional|required|if any|if applicable)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The section a heading label names, or undefined. `Intent / motivation` counts as Intent. */
export function sectionNameOf(label: string): ContractSectionName | undefined {
  const normalized = normalizeLabel(label);
  const whole = BY_ALIAS.get(normalized);
  if (whole !== undefined) return whole;
  for (const part of normalized.split(/[/&]/)) {
    const name = BY_ALIAS.get(part.trim());
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * Reads a heading (or bold pseudo-heading) text: the section it names and any text after its colon
 * (`## Intent: fix the retry loop`). Undefined when it names no contract section.
 */
export function classifyHeading(text: string): { name: ContractSectionName; inline: string } | undefined {
  const clean = stripComments(text).trim();
  const colon = clean.indexOf(':');
  if (colon > 0) {
    const name = sectionNameOf(clean.slice(0, colon));
    if (name !== undefined) return { name, inline: clean.slice(colon + 1).trim() };
  }
  const name = sectionNameOf(clean);
  return name === undefined ? undefined : { name, inline: '' };
}

/** How a message names a section in a PR description. */
export const SECTION_TITLES: Readonly<Record<ContractSectionName, string>> = {
  intent: 'Intent',
  'change-type': 'Change type',
  'non-goals': 'Non-goals',
  'semantic-impact': 'Semantic impact',
  'ai-assistance': 'AI assistance',
  scope: 'Scope',
  'out-of-scope-files': 'Out-of-scope files',
};
