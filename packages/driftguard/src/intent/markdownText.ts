/**
 * Removes HTML comments: templates leave their guidance in them, and it is not the author's content.
 * An unclosed comment runs to the end of the text, as it does in HTML.
 */
export function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** What authors write for "nothing here"; GitHub issue forms write `_No response_`. */
const PLACEHOLDERS = new Set([
  '',
  'n/a',
  'na',
  'n a',
  'none',
  'nothing',
  'nil',
  'null',
  'tbd',
  'todo',
  'no response',
  'not applicable',
  'same as above',
]);

/** True when `text` (comments already removed) says nothing: empty, `N/A`, `none`, `-`, `TBD`, `_No response_`. */
export function isPlaceholder(text: string): boolean {
  const plain = text
    .toLowerCase()
    .replace(/[*_`~>#]/g, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!:]+$/, '')
    .trim();
  return PLACEHOLDERS.has(plain) || /^[-–—.…\s]*$/.test(plain);
}

/**
 * Inline markdown as plain text: emphasis, links and escapes removed outside code spans; backticks
 * kept, since they mark the names a non-goal or a scope declares.
 */
export function plainInline(text: string): string {
  return stripComments(text)
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : plainProse(part)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function plainProse(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?![\w*])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
