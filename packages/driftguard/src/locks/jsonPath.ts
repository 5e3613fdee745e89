import { JSONPath } from 'jsonpath-plus';

/**
 * Checks a JSON path's syntax at load time, since jsonpath-plus quietly accepts most typos: `$`,
 * then `.name`, `..name`, `.*`, `[0]`, `[*]`, `['name']`, `[1:3]`, `[a,b]` or a filter `[?(...)]`,
 * whose expression must parse. `${...}` references are checked as if they were a plain word.
 * Answers a sentence when the path is bad.
 */
export function checkJsonPath(path: string): string | undefined {
  const source = path.replace(/\$\{[^}]*\}/g, 'x');
  if (!source.startsWith('$')) return `a JSON path starts with $ (got "${path}")`;
  let index = 1;
  while (index < source.length) {
    const problem = segmentAt(source, index);
    if (typeof problem === 'string') return `bad JSON path "${path}": ${problem}`;
    index = problem;
  }
  return undefined;
}

/** Reads one segment starting at `index`; answers the index after it, or what is wrong. */
function segmentAt(source: string, index: number): number | string {
  const char = source[index];
  if (char === '.') {
    const start = source[index + 1] === '.' ? index + 2 : index + 1;
    if (source[start] === '[') return start;
    const name = /^(\*|[A-Za-z_$@][\w$@-]*)/.exec(source.slice(start));
    if (name === null) return `expected a name after "${source.slice(index, start)}" at character ${start + 1}`;
    return start + name[0].length;
  }
  if (char === '[') return bracketAt(source, index);
  return `unexpected "${char}" at character ${index + 1}`;
}

function bracketAt(source: string, open: number): number | string {
  const close = matchingBracket(source, open);
  if (close < 0) return `"[" at character ${open + 1} is never closed`;
  const inside = source.slice(open + 1, close).trim();
  if (inside.startsWith('?(') || inside.startsWith('(')) {
    if (!inside.endsWith(')')) return `a filter must end with ")" (at character ${close})`;
    const problem = filterProblem(`$[${inside}]`);
    return problem === undefined ? close + 1 : `${problem} in [${inside}]`;
  }
  const member = /^(\*|-?\d+|-?\d*:-?\d*(:-?\d+)?|'[^']*'|"[^"]*"|[A-Za-z_$][\w$-]*)$/;
  const parts = inside.split(',').map((part) => part.trim());
  if (inside === '' || parts.some((part) => !member.test(part))) {
    return `"[${inside}]" is not an index, a quoted name, a slice, * or a filter`;
  }
  return close + 1;
}

/** The index of the `]` closing the `[` at `open`, skipping quotes and nested brackets. */
function matchingBracket(source: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = open; index < source.length; index++) {
    const char = source[index];
    if (quote !== undefined) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '[') depth += 1;
    else if (char === ']') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Parses a filter by running it on one empty object: syntax errors throw, evaluation errors do not. */
function filterProblem(path: string): string | undefined {
  try {
    JSONPath({ path, json: [{}], wrap: true, ignoreEvalErrors: true });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** Every value `path` selects in `json`, in document order (a filter that throws on an item skips it). */
export function selectAll(path: string, json: unknown): unknown[] {
  if (json === undefined) return [];
  const found = JSONPath({ path, json: json as object, wrap: true, ignoreEvalErrors: true }) as unknown;
  return Array.isArray(found) ? found : [];
}

/** The one value at `path`: undefined when nothing matches, an array when several do. */
export function selectOne(path: string, json: unknown): unknown {
  const found = selectAll(path, json);
  if (found.length <= 1) return found[0];
  return found;
}
