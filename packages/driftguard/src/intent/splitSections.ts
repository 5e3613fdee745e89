import type { Tokens } from 'marked';
import type { ContractSectionName } from '../config/index.js';
import { lexBlocks } from './lexBlocks.js';
import { classifyHeading } from './sectionNames.js';

/** A stretch of a PR description under one heading; `name` is undefined for headings we do not know. */
export interface RawSection {
  readonly name: ContractSectionName | undefined;
  readonly heading: string;
  /** 1-based line of the heading in the description. */
  readonly line: number;
  /** The markdown under the heading up to the next section, starting with any text after `Heading:`. */
  readonly body: string;
}

interface OpenSection {
  name: ContractSectionName | undefined;
  heading: string;
  line: number;
  /** Heading depth; deeper unknown headings stay inside a known section. Bold pseudo-headings are 7. */
  depth: number;
  parts: string[];
}

const PSEUDO_DEPTH = 7;

/** `**Intent:** text`, `**Intent**: text`, or `**Intent**` alone on its line. */
const BOLD_LINE = /^ {0,3}(\*\*|__)(.+?)\1(.*)$/;

/**
 * Splits a PR description into sections at headings of any level (ATX or setext) and at bold
 * pseudo-headings. Headings inside code fences, lists, quotes or HTML comments do not count: the
 * markdown lexer sees them as code, list or HTML content. Never throws for any input string.
 */
export function splitSections(markdown: string): RawSection[] {
  const text = markdown.replace(/\r\n?/g, '\n');
  const sections: OpenSection[] = [];
  let current: OpenSection | undefined;
  let line = 1;
  let details = 0;
  const open = (section: OpenSection): void => {
    sections.push(section);
    current = section;
  };
  for (const token of lexBlocks(text)) {
    const start = line;
    line += newlines(token.raw);
    details = Math.max(0, details + detailsDepth(token.type, token.raw));
    if (token.type === 'heading' && details === 0) {
      const heading = headingSection(token as Tokens.Heading, start, current);
      if (heading === 'inside') current?.parts.push(token.raw);
      else open(heading);
    } else if (token.type === 'paragraph' && details === 0) {
      token.raw.split('\n').forEach((rawLine, i) => {
        const pseudo = pseudoHeading(rawLine, start + i, current);
        if (pseudo) open(pseudo);
        else current?.parts.push(`${rawLine}\n`);
      });
    } else {
      current?.parts.push(token.raw);
    }
  }
  return sections.map(({ name, heading, line: at, parts }) => ({ name, heading, line: at, body: parts.join('') }));
}

/**
 * How a token opens or closes `<details>` blocks. Headings inside one (release notes a bot pastes,
 * collapsed logs) belong to the section around it, though markdown would render them as headings.
 */
function detailsDepth(type: string, raw: string): number {
  if (type === 'code') return 0;
  const opened = raw.match(/<details[\s>]/gi)?.length ?? 0;
  const closed = raw.match(/<\/details\s*>/gi)?.length ?? 0;
  return opened - closed;
}

function headingSection(token: Tokens.Heading, line: number, current: OpenSection | undefined): OpenSection | 'inside' {
  const { depth, text } = token;
  const known = classifyHeading(text);
  if (known) return { name: known.name, heading: text.trim(), line, depth, parts: inline(known.inline) };
  if (current?.name !== undefined && depth > current.depth) return 'inside';
  return { name: undefined, heading: text.trim(), line, depth, parts: [] };
}

/**
 * A bold pseudo-heading line. A bold label with a colon that names no section (`**Reviewer notes:**`)
 * ends a section that itself began at a bold pseudo-heading, since such bodies have no other structure.
 */
function pseudoHeading(rawLine: string, line: number, current: OpenSection | undefined): OpenSection | undefined {
  const match = BOLD_LINE.exec(rawLine);
  if (!match) return undefined;
  const inner = match[2] ?? '';
  const rest = (match[3] ?? '').trim();
  const colon = inner.trim().endsWith(':') || rest.startsWith(':');
  const known = classifyHeading(inner);
  if (!known) {
    const endsPseudo = colon && current?.depth === PSEUDO_DEPTH;
    return endsPseudo ? { name: undefined, heading: inner.trim(), line, depth: PSEUDO_DEPTH, parts: [] } : undefined;
  }
  if (!colon && known.inline === '' && rest !== '') return undefined;
  const after = [known.inline, rest.replace(/^:\s*/, '')].filter((part) => part !== '').join(' ');
  return { name: known.name, heading: inner.trim(), line, depth: PSEUDO_DEPTH, parts: inline(after) };
}

function inline(text: string): string[] {
  return text === '' ? [] : [`${text}\n\n`];
}

function newlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}
