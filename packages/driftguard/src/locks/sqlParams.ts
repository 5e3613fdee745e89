/** A dialect's placeholder style. */
export type Dialect = 'postgres' | 'mysql' | 'sqlite';

/** A query with `:name` parameters, read once at load time. */
export interface NamedSql {
  readonly text: string;
  /** Each parameter in order of appearance, with the offset of its colon. */
  readonly params: readonly { readonly name: string; readonly offset: number }[];
}

/**
 * Finds the `:name` parameters of a query, skipping string literals, quoted identifiers, comments,
 * PostgreSQL dollar-quoted strings and `::` casts, so `'10:30'` or `x::text` bind nothing.
 */
export function parseNamedSql(text: string): NamedSql {
  const params: { name: string; offset: number }[] = [];
  let index = 0;
  while (index < text.length) {
    const skipped = skipQuoted(text, index);
    if (skipped > index) {
      index = skipped;
      continue;
    }
    if (text[index] === ':' && text[index + 1] === ':') {
      index += 2;
      continue;
    }
    const match = text[index] === ':' ? /^:([A-Za-z_]\w*(?:\.[A-Za-z_][\w-]*)?)/.exec(text.slice(index)) : null;
    if (match?.[1] !== undefined && text[index - 1] !== ':') {
      params.push({ name: match[1], offset: index });
      index += match[0].length;
      continue;
    }
    index += 1;
  }
  return { text, params };
}

/** The index just past a literal, identifier or comment starting at `index`, or `index` itself. */
function skipQuoted(text: string, index: number): number {
  const char = text[index];
  if (char === "'" || char === '"' || char === '`') {
    let at = index + 1;
    while (at < text.length) {
      if (text[at] === char && text[at + 1] === char) at += 2;
      else if (text[at] === char) return at + 1;
      else at += 1;
    }
    return text.length;
  }
  if (text.startsWith('--', index)) {
    const end = text.indexOf('\n', index);
    return end < 0 ? text.length : end + 1;
  }
  if (text.startsWith('/*', index)) {
    const end = text.indexOf('*/', index + 2);
    return end < 0 ? text.length : end + 2;
  }
  const dollar = /^\$([A-Za-z_]\w*)?\$/.exec(text.slice(index));
  if (dollar !== null) {
    const end = text.indexOf(dollar[0], index + dollar[0].length);
    return end < 0 ? text.length : end + dollar[0].length;
  }
  return index;
}

/**
 * The query in `dialect`'s placeholder style with its values in order: `$1`, `$2` for PostgreSQL
 * (a repeated name reuses its number), `?` for MySQL and SQLite (a repeated name repeats its value).
 */
export function bindNamedSql(
  sql: NamedSql,
  dialect: Dialect,
  valueFor: (name: string) => unknown,
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const numbers = new Map<string, number>();
  let text = '';
  let last = 0;
  for (const param of sql.params) {
    text += sql.text.slice(last, param.offset);
    last = param.offset + param.name.length + 1;
    if (dialect !== 'postgres') {
      values.push(valueFor(param.name));
      text += '?';
      continue;
    }
    let number = numbers.get(param.name);
    if (number === undefined) {
      values.push(valueFor(param.name));
      number = values.length;
      numbers.set(param.name, number);
    }
    text += `$${number}`;
  }
  return { text: text + sql.text.slice(last), values };
}
