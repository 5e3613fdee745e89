/**
 * Headers as the frameworks hand them over: a Fetch `Headers` (anything with `get`), or a record of
 * lower-case names as Node, Express and Fastify keep them, whose values may be numbers or arrays.
 */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | number | readonly string[] | undefined>>;

/** The value of header `name` (any case), repeated values joined with ", ", or undefined when absent. */
export function readHeader(headers: HeaderSource, name: string): string | undefined {
  const lower = name.toLowerCase();
  if (typeof headers.get === 'function')
    return (headers as { get(name: string): string | null }).get(lower) ?? undefined;
  const record = headers as Readonly<Record<string, string | number | readonly string[] | undefined>>;
  const value = record[lower] ?? record[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The headers among `names` (lower-case) that `headers` has, keyed by lower-case name. */
export function pickHeaders(headers: HeaderSource, names: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = readHeader(headers, name);
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}
