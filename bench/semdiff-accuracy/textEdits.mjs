/**
 * Applies position-based text edits to a text: non-overlapping ranges of the original text, any
 * order; edits at the same position apply in the order given.
 * @param {string} text
 * @param {{ start: number, end: number, text: string }[]} edits
 */
export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}
