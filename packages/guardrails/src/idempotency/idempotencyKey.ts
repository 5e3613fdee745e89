/** The longest key accepted, in characters (Stripe's limit). */
export const MAX_KEY_LENGTH = 255;

/** A parsed header: the key, or what is wrong with it in words a client developer can act on. */
export type ParsedKey = { readonly ok: true; readonly key: string } | { readonly ok: false; readonly problem: string };

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * Reads an Idempotency-Key header value. Accepts the bare form most clients send (`abc-123`) and the
 * Structured Field string the IETF draft specifies (`"abc-123"`), which name the same key. A key
 * must be 1-255 printable ASCII characters (space to `~`).
 */
export function parseIdempotencyKey(raw: string): ParsedKey {
  const key = unquote(raw.trim());
  if (key === undefined) return { ok: false, problem: 'a quoted key must end with an unescaped quote' };
  if (key.length === 0) return { ok: false, problem: 'the key is empty' };
  if (key.length > MAX_KEY_LENGTH) {
    return { ok: false, problem: `the key is ${key.length} characters; at most ${MAX_KEY_LENGTH} are allowed` };
  }
  if (!PRINTABLE_ASCII.test(key)) {
    return { ok: false, problem: 'the key may hold printable ASCII characters only (space to "~")' };
  }
  return { ok: true, key };
}

/** The content of an sf-string (`"..."` with `\"` and `\\` escapes), the value itself when unquoted. */
function unquote(value: string): string | undefined {
  if (!value.startsWith('"')) return value;
  let out = '';
  for (let index = 1; index < value.length; index++) {
    const char = value[index];
    if (char === '\\') {
      const next = value[++index];
      if (next !== '"' && next !== '\\') return undefined;
      out += next;
    } else if (char === '"') {
      return index === value.length - 1 ? out : undefined;
    } else {
      out += char;
    }
  }
  return undefined;
}
