import { withoutControls } from './withoutControls.js';

/**
 * Plain text made inert in GitHub-flavored markdown: backslashes, backticks, emphasis, links and
 * HTML are escaped so a message renders as written. Pipes and line breaks are `tableCell`'s job.
 */
export function escapeMarkdown(text: string): string {
  return withoutControls(text).replace(/[\\`*_~[\]<>&]/g, '\\$&');
}

/** `text` made inert inside raw HTML (a `<summary>`), where markdown escapes are not read. */
export function escapeHtml(text: string): string {
  return withoutControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `text` as an inline code span, delimited by more backticks than any run inside it, on one line. */
export function inlineCode(text: string): string {
  const flat = withoutControls(text).replace(/\r?\n/g, ' ');
  if (flat === '') return '';
  const fence = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Inline markdown made safe for a table cell: pipes escaped (GFM wants that even in code spans), breaks as `<br>`. */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** `text` in a fenced code block whose fence is longer than any backtick run inside, so nothing closes it early. */
export function fencedBlock(text: string, info = 'text'): string {
  const body = withoutControls(text).replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${fence}${info}\n${body}\n${fence}\n`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
