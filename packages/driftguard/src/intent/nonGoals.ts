import { contentWords } from './keywords.js';
import type { NonGoal } from './model.js';
import { chosenItems, type SectionItem } from './sectionItems.js';

/** Extensions that make a backticked name a file rather than a symbol (`orderKey.ts`, `001_init.sql`). */
const FILE_EXTENSION =
  /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|json|jsonc|ya?ml|toml|sql|prisma|graphql|gql|proto|md|mdx|sh|py|go|rb|java|kt|rs|css|scss|html|env|lock)$/i;

const IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** `keywords: a, b` (or `tags:`), inside parentheses or at the end of the item. */
const DECLARED_KEYWORDS = /\(?\b(?:keywords?|tags?)\s*:\s*([^)\]]*)\)?/i;

/**
 * Reads each chosen entry of a Non-goals section (or each `Non-goals:` trailer) into what it rules
 * out: backticked names and globs exactly, declared keywords, and the prose's content words.
 */
export function readNonGoals(items: readonly SectionItem[]): NonGoal[] {
  return chosenItems(items)
    .filter((item) => item.code !== true)
    .map((item) => nonGoalOf(item.text))
    .filter((goal) => goal.text !== '');
}

/** One non-goal from its text: `No change to \`deriveOrderId\` (keywords: idempotency)`. */
export function nonGoalOf(text: string): NonGoal {
  const symbols: string[] = [];
  const paths: string[] = [];
  const keywords: string[] = [];
  const declared = DECLARED_KEYWORDS.exec(text);
  if (declared) keywords.push(...splitList(declared[1] ?? ''));
  const prose = (declared ? text.replace(declared[0], ' ') : text).replace(/`+([^`]*)`+/g, (_, span: string) => {
    const name = span.trim().replace(/\(\)$/, '');
    if (name === '') return ' ';
    if (isPathLike(name)) paths.push(name.replace(/^\.\//, ''));
    else if (IDENTIFIER.test(name)) symbols.push(name);
    else keywords.push(name);
    return ' ';
  });
  return {
    text: text.trim(),
    symbols: unique(symbols),
    paths: unique(paths),
    keywords: unique(keywords),
    words: contentWords(prose),
  };
}

/** A backticked span names a file or glob when it has a slash, a glob character or a file extension. */
export function isPathLike(name: string): boolean {
  return !/\s/.test(name) && (/[/*?{]/.test(name) || FILE_EXTENSION.test(name));
}

function splitList(text: string): string[] {
  return text
    .split(/[,;]|\s+/)
    .map((word) => word.replace(/`/g, '').trim().toLowerCase())
    .filter((word) => word !== '');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
