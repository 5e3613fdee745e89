import { stripVTControlCharacters } from 'node:util';

/**
 * `text` without ANSI escape sequences and other control characters (tabs and line breaks stay):
 * a suite's colored output must not recolor, move the cursor in, or garble the report around it.
 */
export function withoutControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return stripVTControlCharacters(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
