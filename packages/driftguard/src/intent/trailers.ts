/** One trailer of a commit message: `key` as written, `value` unfolded, `line` 1-based in the message. */
export interface Trailer {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

/** Prefixes git itself writes; a block holding one needs only 25% trailer lines to count (git's rule). */
const GIT_GENERATED = ['Signed-off-by: ', '(cherry picked from commit '];

/**
 * The trailers of a commit message, by git's rules (`git interpret-trailers --parse` with no trailer
 * configuration): the last paragraph, not the title paragraph, cut at a `---` patch divider; all of
 * its lines `Key: value` (or continuation lines starting with whitespace), or at least 25% of them when
 * a git-generated trailer is among them. `#` comment lines are ignored. Never throws.
 */
export function parseTrailers(message: string): Trailer[] {
  const lines = logMessageLines(message);
  const start = trailerBlockStart(lines);
  if (start === undefined) return [];
  const trailers: { key: string; value: string; line: number }[] = [];
  let last: { key: string; value: string; line: number } | undefined;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.startsWith('#')) continue;
    if (last && /^\s/.test(text)) {
      last.value = `${last.value} ${text.trim()}`.trim();
      continue;
    }
    const at = separatorAt(text);
    last = at >= 1 ? { key: text.slice(0, at).trim(), value: text.slice(at + 1).trim(), line: i + 1 } : undefined;
    if (last) trailers.push(last);
  }
  return trailers;
}

/** The message's lines up to a `---` patch divider, CRLF normalized. */
function logMessageLines(message: string): string[] {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  const divider = lines.findIndex((line) => /^---(\s|$)/.test(line));
  const end = divider === -1 ? lines.length : divider;
  return lines.slice(0, end);
}

/**
 * Where git's `find_trailer_block_start` puts the trailer block: walking back from the end over the
 * last paragraph, after the title paragraph; undefined when there is none.
 */
function trailerBlockStart(lines: readonly string[]): number | undefined {
  let endOfTitle = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('#')) continue;
    if (lines[i]!.trim() === '') {
      endOfTitle = i;
      break;
    }
  }
  let onlySpaces = true;
  let recognized = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let continuations = 0;
  for (let i = lines.length - 1; i >= endOfTitle; i--) {
    const text = lines[i]!;
    if (text.startsWith('#')) {
      nonTrailerLines += continuations;
      continuations = 0;
      continue;
    }
    if (text.trim() === '') {
      if (onlySpaces) continue;
      nonTrailerLines += continuations;
      if ((recognized && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0)) {
        return i + 1;
      }
      return undefined;
    }
    onlySpaces = false;
    if (GIT_GENERATED.some((prefix) => text.startsWith(prefix))) {
      trailerLines++;
      continuations = 0;
      recognized = true;
    } else if (separatorAt(text) >= 1 && !/^\s/.test(text)) {
      trailerLines++;
      continuations = 0;
    } else if (/^\s/.test(text)) {
      continuations++;
    } else {
      nonTrailerLines += 1 + continuations;
      continuations = 0;
    }
  }
  return undefined;
}

/** git's `find_separator`: a token of letters, digits and dashes, optional blanks, then `:`; -1 when absent. */
function separatorAt(line: string): number {
  let blank = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === ':') return i;
    if (!blank && /[A-Za-z0-9-]/.test(char)) continue;
    if (i > 0 && (char === ' ' || char === '\t')) {
      blank = true;
      continue;
    }
    return -1;
  }
  return -1;
}
