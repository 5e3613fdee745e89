/**
 * Words that carry no subject in a non-goal: function words, negations, and the vocabulary of
 * changing code itself ("no change to the existing logic"). Generic path words (`src`, `lib`,
 * `service`) are here too, so a prose word never matches a file only because it sits under `src/`.
 */
const STOP_WORDS = new Set(
  `a an the and or nor but if then than so as to of in on at for with without by from into onto about over under
  via per is are was were be been being it its this that these those there here we our us you your they their them
  he she his her i me my will would should must can could may might shall do does did done doing not no never none
  don't doesn't won't isn't aren't wasn't weren't shouldn't mustn't can't cannot how what when where which who whom
  why whose any all some each every other others only just also still even more most less same new old existing
  current currently keep kept keeps remain remains remaining stay stays unchanged intact untouched way ways change
  changes changed changing modify modifies modified modifying modification alter alters altered altering touch
  touches touched touching affect affects affected affecting update updates updated updating rewrite rewrites
  rewritten behavior behaviour behaviors behaviours logic code codebase file files function functions method methods
  module modules class classes part parts thing things stuff pr prs patch commit commits refactor refactoring
  rename renames renaming renamed cleanup src lib libs dist index service services app apps package packages test
  tests spec specs ts tsx js jsx mjs cjs mts cts json yaml yml md nothing anything everything something outside inside
  within under whatever leave leaves left alone avoid preserve preserved preserves retain retained break breaks
  breaking regress regression`.split(/\s+/),
);

/** Splits an identifier or path into lower-case words: `deriveOrderKey` → derive, order, key; `HTTPServer` → http, server. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '');
}

/** The content words of a prose sentence, lower case: stop words and words under three letters left out. */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  return [...new Set(words.filter((word) => word.length >= 3 && !STOP_WORDS.has(word) && !/^\d+$/.test(word)))];
}

/**
 * A light suffix stripper, enough to meet a word in its other forms: keys/key, derived/derive,
 * retries/retry, idempotency/idempotent, migration/migrate. Not a full stemmer: it never merges two
 * different short words, which is what keeps matching conservative.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const strip = (suffix: string, replacement = ''): boolean => {
    if (!w.endsWith(suffix) || w.length - suffix.length + replacement.length < 3) return false;
    w = w.slice(0, w.length - suffix.length) + replacement;
    return true;
  };
  if (!strip('ies', 'y') && !strip('ied', 'y') && !strip('sses', 'ss')) {
    if (/(sh|ch|x|z)es$/.test(w)) strip('es');
    else if (/[^su]s$/.test(w) && w.length >= 3) w = w.slice(0, -1);
  }
  if (strip('ing') || strip('ed')) w = w.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  strip('ion');
  if (!strip('ency', 'ent') && !strip('ence', 'ent') && !strip('ancy', 'ant')) strip('ance', 'ant');
  if (/[^e]e$/.test(w)) strip('e');
  return w;
}
