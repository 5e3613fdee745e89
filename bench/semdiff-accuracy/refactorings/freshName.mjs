/**
 * A name that does not occur anywhere in `text`, so introducing it can neither capture nor be
 * captured by another binding (a coarse but sound test: any occurrence, even in a string, counts).
 * @param {string} text
 * @param {string} stem
 * @param {import('../../common/random.mjs').SeededRandom} random
 */
export function freshName(text, stem, random) {
  const base = stem.replace(/[^A-Za-z0-9_$]/g, '') || 'value';
  for (;;) {
    const candidate = `${base}${random.pick(SUFFIXES)}${random.int(2, 99)}`;
    if (!text.includes(candidate)) return candidate;
  }
}

const SUFFIXES = ['Next', 'Renamed', 'Local', 'Value', 'Item', 'Part', 'Step'];
