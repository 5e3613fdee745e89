import { createHash } from 'node:crypto';
import { InvalidKeyPartError } from '../errors/InvalidKeyPartError.js';

/** One named business part of an operation's identity: a JSON-like value, or a bigint for minor units. */
export type KeyPart =
  | string
  | number
  | bigint
  | boolean
  | null
  | readonly KeyPart[]
  | { readonly [name: string]: KeyPart };

/** The named parts that identify one business operation, such as `{ orderId, attempt }`. */
export type KeyParts = { readonly [name: string]: KeyPart };

const OPERATION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/**
 * The canonical text that `deriveKey` hashes, for tests and behavior locks that pin "same business
 * operation, same key". Part names are sorted; every value is tagged with its type, so `1` and `"1"`,
 * or `[1]` and `1`, never collide; strings are NFC-normalized and nothing else (trim or lower-case
 * explicitly if the business says those spellings are the same). `undefined`, NaN, Infinity, functions
 * and class instances are rejected with the part's path: a missing part must not silently merge two
 * operations into one key.
 */
export function keyMaterial(operation: string, parts: KeyParts): string {
  if (!OPERATION.test(operation)) {
    throw new InvalidKeyPartError(
      '(operation)',
      `"${operation}" must be 1-64 characters of letters, digits, ".", "_", "/" or "-", starting with a letter or digit`,
    );
  }
  return JSON.stringify([operation, 'v1', encodeRecord(parts, '')]);
}

/**
 * A stable idempotency key for an internally-triggered write (a queue consumer, a provider call):
 * `operation:` followed by the base64url SHA-256 of `keyMaterial(operation, parts)`. The same
 * operation and parts give the same key in any process, on any machine; at most 108 printable
 * characters, so it fits an `Idempotency-Key` header.
 */
export function deriveKey(operation: string, parts: KeyParts): string {
  const digest = createHash('sha256').update(keyMaterial(operation, parts)).digest('base64url');
  return `${operation}:${digest}`;
}

type Encoded = readonly [string, ...unknown[]];

function encode(value: unknown, path: string): Encoded {
  switch (typeof value) {
    case 'string':
      return ['s', value.normalize('NFC')];
    case 'number':
      if (!Number.isFinite(value)) throw new InvalidKeyPartError(path, `${value} is not a finite number`);
      return ['n', Object.is(value, -0) ? 0 : value];
    case 'bigint':
      return ['i', value.toString()];
    case 'boolean':
      return ['b', value];
    case 'object':
      if (value === null) return ['z'];
      if (Array.isArray(value)) return ['a', value.map((item, index) => encode(item, `${path}[${index}]`))];
      if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
        return ['o', encodeRecord(value as KeyParts, path)];
      }
      throw new InvalidKeyPartError(
        path,
        'only plain objects, arrays and primitives are allowed (convert dates and classes explicitly)',
      );
    default:
      throw new InvalidKeyPartError(path, `${typeof value} is not allowed; pass null for an absent part`);
  }
}

function encodeRecord(record: KeyParts, path: string): unknown[] {
  return Object.keys(record)
    .sort()
    .map((name) => [name, encode(record[name], path === '' ? name : `${path}.${name}`)]);
}
