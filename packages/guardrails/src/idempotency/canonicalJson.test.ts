import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.js';

describe('canonicalJson', () => {
  it('writes the same text whatever order object keys arrive in, at every depth', () => {
    const a = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('sorts integer-like keys as strings, not in the engine order JSON.stringify keeps', () => {
    expect(canonicalJson({ b: 1, 10: 2, 2: 3 })).toBe('{"10":2,"2":3,"b":1}');
  });

  it('keeps array order, which is meaningful', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('writes numbers, strings and specials as JSON.stringify does', () => {
    expect(canonicalJson({ n: 1e21, f: 0.1, neg: -0, inf: Number.POSITIVE_INFINITY })).toBe(
      '{"f":0.1,"inf":null,"n":1e+21,"neg":0}',
    );
    expect(canonicalJson('line\nbreak "quoted"')).toBe('"line\\nbreak \\"quoted\\""');
    expect(canonicalJson({ gone: undefined, fn: () => 1, kept: null })).toBe('{"kept":null}');
    expect(canonicalJson([undefined, () => 1])).toBe('[null,null]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('honors toJSON, so dates and buffers have one form', () => {
    expect(canonicalJson({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson(Buffer.from('hi'))).toBe('{"data":[104,105],"type":"Buffer"}');
  });

  it('refuses a bigint instead of guessing a form', () => {
    expect(() => canonicalJson({ amount: 1n })).toThrow(TypeError);
  });
});
