import type { BehaviorChange } from '../semdiff/model.js';
import { identifierWords, stem } from './keywords.js';
import type { NonGoal } from './model.js';
import { globMatcher } from './scope.js';

/** A word of the behavior change a keyword can meet, and how much a meeting there says. */
interface ChangeWord {
  readonly stem: string;
  readonly word: string;
  /** `symbol` and `file` name what changed; `directory` only where it sits, so it never matches alone. */
  readonly where: 'symbol' | 'file' | 'directory';
}

/**
 * How a behavior change touches what a non-goal rules out, or undefined when it does not. Exact
 * forms match alone: a backticked symbol (the changed symbol, or named in the change's summary), a
 * backticked path or glob, a declared keyword, a backticked risk category. Prose matches cautiously:
 * two distinct words (one, for a one-word non-goal) met in the change's symbol, file name,
 * directories or the file's own risk categories, at least one of them not a directory word.
 * `risks` are the categories the file carries by path or import (not by global trigger).
 */
export function matchNonGoal(goal: NonGoal, change: BehaviorChange, risks: readonly string[]): string | undefined {
  return exactMatch(goal, change, risks) ?? keywordMatch(goal, change, risks) ?? proseMatch(goal, change, risks);
}

function exactMatch(goal: NonGoal, change: BehaviorChange, risks: readonly string[]): string | undefined {
  for (const symbol of goal.symbols) {
    if (sameSymbol(change.symbol, symbol)) return `symbol \`${symbol}\``;
    if (namesIdentifier(change.summary, symbol)) return `symbol \`${symbol}\`, named in the change`;
    const category = riskNamed(symbol, risks);
    if (category !== undefined) return `risk category ${category}`;
  }
  for (const path of goal.paths) {
    if (globMatcher([path])(change.file)) return `path \`${path}\``;
  }
  return undefined;
}

function keywordMatch(goal: NonGoal, change: BehaviorChange, risks: readonly string[]): string | undefined {
  const words = changeWords(change);
  for (const keyword of goal.keywords) {
    if (!/^[\p{L}\p{N}]+$/u.test(keyword)) {
      if (change.summary.includes(keyword)) return `\`${keyword}\`, named in the change`;
      continue;
    }
    const category = riskNamed(keyword, risks);
    if (category !== undefined) return `keyword "${keyword}" (risk category ${category})`;
    const met = words.find((word) => word.stem === stem(keyword));
    if (met) return `keyword "${keyword}" (${met.where} word "${met.word}")`;
  }
  return undefined;
}

function proseMatch(goal: NonGoal, change: BehaviorChange, risks: readonly string[]): string | undefined {
  const words = changeWords(change);
  const met = goal.words.flatMap((word) => {
    const category = riskNamed(word, risks);
    if (category !== undefined) return [{ word, how: `risk category ${category}`, strong: true }];
    const wanted = stem(word);
    const hit = words.find((w) => w.stem === wanted && w.where !== 'directory') ?? words.find((w) => w.stem === wanted);
    return hit ? [{ word, how: `${hit.where} word "${hit.word}"`, strong: hit.where !== 'directory' }] : [];
  });
  if (met.length < Math.min(2, goal.words.length) || !met.some((hit) => hit.strong)) return undefined;
  return met.map(({ word, how }) => `"${word}" ~ ${how}`).join(', ');
}

/** `create` names `OrderService.create`, and `OrderService` names its methods; `creat` names neither. */
function sameSymbol(changed: string | undefined, declared: string): boolean {
  if (changed === undefined) return false;
  return changed === declared || changed.endsWith(`.${declared}`) || changed.startsWith(`${declared}.`);
}

/** The category among `risks` that `word` names (`payment` names `payments`), if any. */
function riskNamed(word: string, risks: readonly string[]): string | undefined {
  const wanted = stem(word.toLowerCase());
  return risks.find((risk) => stem(risk) === wanted || risk === word.toLowerCase());
}

function namesIdentifier(text: string, identifier: string): boolean {
  const escaped = identifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`).test(text);
}

function changeWords(change: BehaviorChange): ChangeWord[] {
  const slash = change.file.lastIndexOf('/');
  const name = change.file.slice(slash + 1).replace(/\.[^.]*$/, '');
  const directory = slash === -1 ? '' : change.file.slice(0, slash);
  const words = (text: string, where: ChangeWord['where']): ChangeWord[] =>
    identifierWords(text).map((word) => ({ stem: stem(word), word, where }));
  return [...words(change.symbol ?? '', 'symbol'), ...words(name, 'file'), ...words(directory, 'directory')];
}
