import { Lexer, type Token } from 'marked';

/**
 * The block structure of markdown (headings, paragraphs, lists, tables, code, HTML), CRLF normalized.
 * Inline lexing is skipped: nothing here needs it, and marked's inline lexer recurses once per
 * emphasis marker, so a run of thousands of `*` would overflow the stack. Should block lexing still
 * fail on some pathological input, the whole text is one paragraph: no sections, never a crash.
 */
export function lexBlocks(markdown: string): Token[] {
  const text = markdown.replace(/\r\n?/g, '\n');
  try {
    return new Lexer({ gfm: true }).blockTokens(text, []);
  } catch {
    return [{ type: 'paragraph', raw: text, text, tokens: [] }];
  }
}
