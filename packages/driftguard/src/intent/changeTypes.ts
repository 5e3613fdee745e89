import { CHANGE_TYPES, type ChangeType } from './model.js';
import { chosenItems, type SectionItem } from './sectionItems.js';

/** Spellings of each change type seen in templates and conventional commits, after normalization. */
const SYNONYMS: Readonly<Record<ChangeType, readonly string[]>> = {
  fix: ['fix', 'fixes', 'bug fix', 'bug fixes', 'bugfix', 'bugfixes', 'bug', 'hotfix', 'hot fix', 'patch'],
  feature: ['feature', 'features', 'feat', 'new feature', 'enhancement', 'feature request'],
  refactor: [
    'refactor',
    'refactoring',
    'refactors',
    'code refactor',
    'code refactoring',
    'cleanup',
    'clean up',
    'code cleanup',
    'chore refactor',
  ],
  style: ['style', 'styling', 'code style', 'formatting', 'format', 'reformat', 'lint', 'linting', 'whitespace'],
  deps: [
    'deps',
    'dep',
    'dependency',
    'dependencies',
    'dependency update',
    'dependency updates',
    'dependency upgrade',
    'dependency upgrades',
    'dependency bump',
    'chore deps',
    'build deps',
    'deps dev',
    'chore deps dev',
    'build deps dev',
    'fix deps',
    'version bump',
  ],
  test: ['test', 'tests', 'testing', 'test only', 'tests only', 'unit tests'],
  docs: ['docs', 'doc', 'documentation', 'documentation update', 'readme'],
  migration: ['migration', 'migrations', 'database migration', 'db migration', 'schema migration', 'schema change'],
  config: ['config', 'configuration', 'config change', 'settings', 'ci', 'build', 'build config'],
};

const BY_SPELLING = new Map<string, ChangeType>(
  CHANGE_TYPES.flatMap((type) => SYNONYMS[type].map((spelling) => [spelling, type] as const)),
);

/** Words that qualify a type without changing it: `refactor only`, `pure refactoring`. */
const QUALIFIERS = new Set(['only', 'pure', 'purely', 'just', 'small', 'minor', 'a', 'the', 'type']);
const NEGATIONS = new Set(['no', 'not', 'non', 'without']);

/** The change type one phrase names, or undefined: `Bug fix (non-breaking change…)`, `chore(deps)`, `refactor only`. */
export function changeTypeOf(phrase: string): ChangeType | undefined {
  const normalized = withoutAsides(phrase)
    .split(/\s[-–—]\s|:/)[0]!
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const whole = BY_SPELLING.get(normalized);
  if (whole !== undefined) return whole;
  const words = normalized.split(' ').filter((word) => word !== '' && !QUALIFIERS.has(word));
  if (words.length === 0 || words.length > 3 || words.some((word) => NEGATIONS.has(word))) return undefined;
  return BY_SPELLING.get(words.join(' ')) ?? words.map((word) => BY_SPELLING.get(word)).find((t) => t !== undefined);
}

/** Lower case without backticks and parenthetical asides; a conventional `chore(deps)` keeps its scope as a word. */
function withoutAsides(text: string): string {
  return text
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/\b([a-z]+)\(([\w-]+)\)/g, '$1 $2')
    .replace(/\([^)]*\)/g, ' ');
}

/** The change types a section declares (ticked boxes of a checklist, else every phrase), each once, in template order. */
export function readChangeTypes(items: readonly SectionItem[]): { types: ChangeType[]; unknown: string[] } {
  const found = new Set<ChangeType>();
  const unknown: string[] = [];
  for (const item of chosenItems(items)) {
    for (const phrase of withoutAsides(item.text).split(/,|;|\/|\+|&|\band\b/)) {
      if (phrase.trim() === '') continue;
      const type = changeTypeOf(phrase);
      if (type === undefined) unknown.push(phrase.trim());
      else found.add(type);
    }
  }
  return { types: CHANGE_TYPES.filter((type) => found.has(type)), unknown };
}
