/**
 * A stretch of a markdown document: a fixed opening and closing, and items (table rows, list
 * entries) that may be left out, last first, when the document would be too long.
 */
export interface MarkdownSection {
  readonly before: string;
  readonly items?: readonly string[];
  readonly after?: string;
  /** The note that replaces `count` left-out items (starts with a blank line after a table). */
  readonly omitted?: (count: number) => string;
}

/** UTF-8 bytes: never fewer than the characters GitHub counts, so a byte budget is always safe. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Joins the sections, whole when they fit in `maxBytes`. Otherwise every opening, closing and
 * omission note is kept and the items are filled in document order while they fit, so earlier
 * sections (the findings, most severe first) win over later ones.
 */
export function fitMarkdown(sections: readonly MarkdownSection[], maxBytes: number): string {
  const whole = sections.map((section) => join(section, section.items ?? [])).join('');
  if (byteLength(whole) <= maxBytes) return whole;
  let budget = maxBytes - sections.reduce((sum, section) => sum + skeletonBytes(section), 0);
  return sections
    .map((section) => {
      const kept = takeWhileFits(section.items ?? [], budget);
      budget -= kept.reduce((sum, item) => sum + byteLength(item), 0);
      return join(section, kept);
    })
    .join('');
}

function join(section: MarkdownSection, kept: readonly string[]): string {
  const left = (section.items?.length ?? 0) - kept.length;
  const note = left > 0 && section.omitted ? section.omitted(left) : '';
  return `${section.before}${kept.join('')}${note}${section.after ?? ''}`;
}

/** The section with no items but the longest possible omission note: what it costs at least. */
function skeletonBytes(section: MarkdownSection): number {
  const count = section.items?.length ?? 0;
  const note = count > 0 && section.omitted ? section.omitted(count) : '';
  return byteLength(`${section.before}${note}${section.after ?? ''}`);
}

function takeWhileFits(items: readonly string[], budget: number): string[] {
  const kept: string[] = [];
  let left = budget;
  for (const item of items) {
    const size = byteLength(item);
    if (size > left) break;
    kept.push(item);
    left -= size;
  }
  return kept;
}
