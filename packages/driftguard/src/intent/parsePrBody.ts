import { buildContract, type ContractExtras, type SectionEntry } from './buildContract.js';
import { plainInline } from './markdownText.js';
import type { ContractSource, PrContract } from './model.js';
import { sectionContent } from './sectionItems.js';
import { splitSections } from './splitSections.js';

/** Options of {@link parsePrBody}. */
export interface ParsePrBodyOptions {
  /** Where the body came from (default `pr-body`; an event payload passes `event`). */
  readonly source?: ContractSource;
  readonly labels?: readonly string[];
}

/**
 * Reads the PR contract from a PR description in markdown. Tolerant by design: headings of any
 * level or bold pseudo-headings, emoji, trailing colons, CRLF, template comments (not content),
 * placeholders (`N/A`), unknown and foreign-language sections (listed, otherwise ignored).
 * Never throws; an empty body gives a contract with every section missing.
 */
export function parsePrBody(markdown: string, options: ParsePrBodyOptions = {}): PrContract {
  const entries: SectionEntry[] = [];
  const unknownSections: string[] = [];
  for (const section of splitSections(markdown)) {
    if (section.name === undefined) {
      const heading = plainInline(section.heading).replace(/\s*:$/, '');
      if (heading !== '') unknownSections.push(heading);
      continue;
    }
    entries.push({ name: section.name, content: sectionContent(section.body), line: section.line });
  }
  const extras: ContractExtras = { unknownSections, labels: options.labels ?? [] };
  return buildContract(options.source ?? 'pr-body', entries, extras);
}
