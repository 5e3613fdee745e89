/**
 * JSON text that is the same for equal values whatever order their object keys were written in:
 * members sorted by key (UTF-16 code units, as `Array.prototype.sort` compares), numbers written as
 * `JSON.stringify` writes them, `toJSON` honored. Like `JSON.stringify`, `undefined`, functions and
 * symbols are dropped from objects and written as `null` in arrays (and at the top level); a bigint
 * throws a TypeError. No whitespace, so the text never contains a raw newline.
 */
export function canonicalJson(value: unknown): string {
  return write(prepare(value));
}

function prepare(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(): unknown }).toJSON();
  }
  return value;
}

function write(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return JSON.stringify(value);
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint has no JSON form; convert it to a string first');
    case 'object':
      return Array.isArray(value) ? writeArray(value) : writeObject(value as Record<string, unknown>);
    default:
      return 'null';
  }
}

function writeArray(items: readonly unknown[]): string {
  return `[${items.map((item) => write(prepare(item))).join(',')}]`;
}

function writeObject(record: Record<string, unknown>): string {
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = prepare(record[key]);
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    members.push(`${JSON.stringify(key)}:${write(member)}`);
  }
  return `{${members.join(',')}}`;
}
