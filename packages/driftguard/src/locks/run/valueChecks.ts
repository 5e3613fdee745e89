import type { StatusSet, ValueCheck } from '../model.js';
import { type Lookup, renderJson } from '../template.js';
import type { Mismatch } from './StepFailure.js';

/**
 * Holds the values a JSON path (or a header) selected against a check. `what` names the place
 * (`$.order_id`, `header idempotent-replayed`) in the message. Undefined when the check holds.
 */
export function checkValues(
  check: ValueCheck,
  found: readonly unknown[],
  what: string,
  lookup: Lookup,
): Mismatch | undefined {
  const actual = found.length <= 1 ? found[0] : found;
  switch (check.kind) {
    case 'equals': {
      const expected = renderJson(check.value, lookup);
      return looseEqual(actual, expected) ? undefined : mismatch(what, expected, actual);
    }
    case 'one-of': {
      const options = check.values.map((value) => renderJson(value, lookup));
      if (options.some((option) => looseEqual(actual, option))) return undefined;
      return {
        message: `${what}: expected one of ${options.map(show).join(', ')}, got ${show(actual)}`,
        expected: options,
        actual,
      };
    }
    case 'matches': {
      const text = typeof actual === 'string' || typeof actual === 'number' ? String(actual) : undefined;
      if (text !== undefined && new RegExp(check.pattern).test(text)) return undefined;
      return {
        message: `${what}: expected to match /${check.pattern}/, got ${show(actual)}`,
        expected: `/${check.pattern}/`,
        actual,
      };
    }
    case 'same-as': {
      const expected = lookup({ name: check.variable });
      if (looseEqual(actual, expected)) return undefined;
      const label = check.variable.startsWith('__') ? 'the first answer' : `\${${check.variable}}`;
      return {
        message: `${what}: expected ${show(expected)} (same as ${label}), got ${show(actual)}`,
        expected,
        actual,
      };
    }
    case 'absent':
      return found.length === 0
        ? undefined
        : { message: `${what}: expected absent, got ${show(actual)}`, expected: '(absent)', actual };
    case 'present':
      return found.length > 0
        ? undefined
        : { message: `${what}: expected a value, got nothing`, expected: '(present)', actual: '(absent)' };
    case 'count':
      if (found.length === check.count) return undefined;
      return {
        message: `${what}: expected ${check.count} match${check.count === 1 ? '' : 'es'}, got ${found.length}`,
        expected: check.count,
        actual: found.length,
      };
  }
}

function mismatch(what: string, expected: unknown, actual: unknown): Mismatch {
  return { message: `${what}: expected ${show(expected)}, got ${show(actual)}`, expected, actual };
}

/** Deep equality where a number equals its decimal string (databases answer counts as strings or bigints). */
export function looseEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  const numberA = asNumber(a);
  const numberB = asNumber(b);
  if (numberA !== undefined && numberB !== undefined && (typeof a === 'number' || typeof b === 'number')) {
    return numberA === numberB;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => looseEqual(item, b[i]))
    );
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && looseEqual(a[key], b[key]))
    );
  }
  return false;
}

/** A number, a bigint or a decimal string as a number; undefined otherwise. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as it reads in a one-line message: JSON, shortened past 120 characters. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing (absent)';
  const text = typeof value === 'bigint' ? value.toString() : (JSON.stringify(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Whether a status is in the set. */
export function statusIn(set: StatusSet, status: number): boolean {
  return set.codes.includes(status) || set.classes.includes(Math.floor(status / 100));
}

/** `201 or 200` / `2xx` / `201, 409 or 5xx`. */
export function describeStatuses(set: StatusSet): string {
  const all = [...set.codes.map(String), ...set.classes.map((c) => `${c}xx`)];
  return all.length <= 1 ? (all[0] ?? 'none') : `${all.slice(0, -1).join(', ')} or ${all.at(-1)}`;
}
