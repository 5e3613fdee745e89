import type { ContractSectionName } from '../config/index.js';
import { readAiAssistance } from './aiAssistance.js';
import { readChangeTypes } from './changeTypes.js';
import { isPlaceholder } from './markdownText.js';
import {
  type AiSignal,
  CHANGE_TYPES,
  type ContractField,
  type ContractProblem,
  type ContractSource,
  type PrContract,
} from './model.js';
import { readNonGoals } from './nonGoals.js';
import { readOutOfScopeFiles, readScope } from './scope.js';
import type { SectionContent } from './sectionItems.js';

/** One declared section before it is read: its content and where it starts. */
export interface SectionEntry {
  readonly name: ContractSectionName;
  readonly content: SectionContent;
  readonly line: number;
}

/** What a contract carries besides its sections. */
export interface ContractExtras {
  readonly aiSignals?: readonly AiSignal[];
  readonly labels?: readonly string[];
  readonly unknownSections?: readonly string[];
}

type Field = <T>(value: T) => ContractField<T>;

/** What reading one section adds to the contract: fields, an AI signal, or a problem. */
interface SectionReading {
  readonly fields?: Partial<Omit<PrContract, 'source' | 'aiSignals' | 'labels' | 'unknownSections' | 'problems'>>;
  readonly signal?: AiSignal;
  readonly problem?: string;
}

const READERS: Readonly<Record<ContractSectionName, (content: SectionContent, field: Field) => SectionReading>> = {
  intent: ({ text }, field) => (isPlaceholder(text) ? {} : { fields: { intent: field(text) } }),
  'semantic-impact': ({ text }, field) => (isPlaceholder(text) ? {} : { fields: { semanticImpact: field(text) } }),
  'change-type': ({ items }, field) => {
    const { types, unknown } = readChangeTypes(items);
    if (types.length > 0) return { fields: { changeType: field(types) } };
    return unknown.length > 0 ? { problem: unknownTypes(unknown) } : {};
  },
  'non-goals': ({ items }, field) => {
    const goals = readNonGoals(items);
    return goals.length > 0 ? { fields: { nonGoals: field(goals) } } : {};
  },
  'ai-assistance': ({ items }, field) => {
    const ai = readAiAssistance(items);
    if (ai === undefined) return {};
    const tool = ai.tool === undefined ? {} : { tool: ai.tool };
    const signal: AiSignal | undefined = ai.level === 'none' ? undefined : { kind: 'section', text: ai.level, ...tool };
    return { fields: { aiAssistance: field(ai) }, ...(signal !== undefined && { signal }) };
  },
  scope: ({ items }, field) => {
    const globs = readScope(items);
    return globs.length > 0 ? { fields: { scope: field(globs) } } : {};
  },
  'out-of-scope-files': ({ items }, field) => {
    const files = readOutOfScopeFiles(items);
    return files.length > 0 ? { fields: { outOfScopeFiles: field(files) } } : {};
  },
};

/**
 * Reads declared sections into a PrContract. A section declared twice is read as one (contents
 * joined, first line kept). A section that reads as nothing is left out, so it counts as missing.
 */
export function buildContract(
  source: ContractSource,
  entries: readonly SectionEntry[],
  extras: ContractExtras = {},
): PrContract {
  const aiSignals: AiSignal[] = [];
  const problems: ContractProblem[] = [];
  let fields: SectionReading['fields'] = {};
  for (const [name, entry] of mergeEntries(entries)) {
    const field: Field = (value) => ({ value, source, raw: entry.content.text, line: entry.line });
    const reading = READERS[name](entry.content, field);
    fields = { ...fields, ...reading.fields };
    if (reading.signal) aiSignals.push(reading.signal);
    if (reading.problem !== undefined) problems.push({ section: name, message: reading.problem });
  }
  return {
    source,
    ...fields,
    aiSignals: [...aiSignals, ...(extras.aiSignals ?? [])],
    labels: [...(extras.labels ?? [])],
    unknownSections: [...(extras.unknownSections ?? [])],
    problems,
  };
}

function mergeEntries(entries: readonly SectionEntry[]): Map<ContractSectionName, SectionEntry> {
  const merged = new Map<ContractSectionName, SectionEntry>();
  for (const entry of entries) {
    const seen = merged.get(entry.name);
    if (seen === undefined) {
      merged.set(entry.name, entry);
      continue;
    }
    const text = [seen.content.text, entry.content.text].filter((part) => part !== '').join('\n\n');
    merged.set(entry.name, { ...seen, content: { text, items: [...seen.content.items, ...entry.content.items] } });
  }
  return merged;
}

function unknownTypes(unknown: readonly string[]): string {
  const shown = unknown.slice(0, 3).map((phrase) => `"${phrase}"`);
  return `it names ${shown.join(', ')}, which is none of ${CHANGE_TYPES.join(', ')}`;
}
