import { describe, expect, it } from 'vitest';
import { parseIdempotencyKey } from './idempotencyKey.js';

describe('parseIdempotencyKey', () => {
  it('accepts a bare key and the quoted form the IETF draft specifies as the same key', () => {
    expect(parseIdempotencyKey('8e03978e-40d5-43e8')).toEqual({ ok: true, key: '8e03978e-40d5-43e8' });
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8"')).toEqual({ ok: true, key: '8e03978e-40d5-43e8' });
    expect(parseIdempotencyKey('"a \\"b\\" \\\\c"')).toEqual({ ok: true, key: 'a "b" \\c' });
  });

  it('accepts up to 255 printable ASCII characters, spaces inside included', () => {
    expect(parseIdempotencyKey('k'.repeat(255)).ok).toBe(true);
    expect(parseIdempotencyKey('order 42 ~!').ok).toBe(true);
  });

  it('rejects empty, too long, non-printable and non-ASCII keys, saying why', () => {
    expect(parseIdempotencyKey('')).toEqual({ ok: false, problem: 'the key is empty' });
    expect(parseIdempotencyKey('""')).toEqual({ ok: false, problem: 'the key is empty' });
    expect(parseIdempotencyKey('k'.repeat(256))).toEqual({
      ok: false,
      problem: 'the key is 256 characters; at most 255 are allowed',
    });
    expect(parseIdempotencyKey('tab\there').ok).toBe(false);
    expect(parseIdempotencyKey('caf\u00e9').ok).toBe(false);
    expect(parseIdempotencyKey('nul\u0000').ok).toBe(false);
  });

  it('rejects a quoted key that is not closed or has text after the closing quote', () => {
    expect(parseIdempotencyKey('"open').ok).toBe(false);
    expect(parseIdempotencyKey('"a"b').ok).toBe(false);
    expect(parseIdempotencyKey('"bad \\x escape"').ok).toBe(false);
  });
});
