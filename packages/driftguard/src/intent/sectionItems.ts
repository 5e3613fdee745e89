import type { Token, Tokens } from 'marked';
import { lexBlocks } from './lexBlocks.js';
import { isPlaceholder, plainInline, stripComments } from './markdownText.js';

/**
 * One entry of a section: a list item, a line of prose, a table row or a line of a code block.
 * `task` marks a checklist item; only a ticked one (`checked`) is a choice.
 */
export interface SectionItem {
  readonly text: string;
  readonly task: boolean;
  readonly checked: boolean;
  /** The cells of a table row, as plain text. */
  readonly cells?: readonly string[];
  readonly code?: boolean;
}

/** A section's content: its text (comments removed) and its entries. */
export interface SectionContent {
  readonly text: string;
  readonly items: readonly SectionItem[];
}

/** Reads a section body into text (comments removed) and entries (empty ones left out). */
export function sectionContent(body: string): SectionContent {
  const text = stripComments(body).trim();
  const items = lexBlocks(body).flatMap(itemsOf);
  return { text, items: items.filter((item) => item.text !== '') };
}

function itemsOf(token: Token): SectionItem[] {
  switch (token.type) {
    case 'list':
      return (token as Tokens.List).items.map(listItem);
    case 'paragraph':
    case 'text':
      return lines(token.raw);
    case 'table':
      return tableRows(token as Tokens.Table);
    case 'code':
      return String(token.text)
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({ text: line.trim(), task: false, checked: false, code: true }));
    case 'blockquote':
      return ((token.tokens ?? []) as Token[]).flatMap(itemsOf);
    default:
      return [];
  }
}

function listItem(token: Tokens.ListItem): SectionItem {
  const raw = token.text;
  const text = plainInline(raw.replace(/^\s*\[[ xX]\]\s*/, ''));
  return { text, task: token.task === true, checked: token.checked === true };
}

function lines(raw: string): SectionItem[] {
  return raw
    .split('\n')
    .map((line) => plainInline(line))
    .filter((line) => line !== '')
    .map((text) => ({ text, task: false, checked: false }));
}

function tableRows(token: Tokens.Table): SectionItem[] {
  return token.rows.map((row) => {
    const cells = row.map((cell) => plainInline(cell.text));
    return { text: cells.join(' '), task: false, checked: false, cells };
  });
}

/** The entries an author chose: everything but unticked checklist items and placeholders (`N/A`, `-`). */
export function chosenItems(items: readonly SectionItem[]): SectionItem[] {
  return items.filter((item) => (!item.task || item.checked) && !isPlaceholder(item.text));
}
