import type { z } from 'zod';
import type { FieldProblem } from './ProblemError.js';

/** `['items', 0, 'sku']` as `items[0].sku`; the empty path (the whole body) as `(body)`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? '(body)' : text;
}

/**
 * Every zod issue from parsing `input` as a field problem with a stable code: `validation/required`,
 * `validation/invalid-type`, `validation/out-of-range`, `validation/unsupported-value`,
 * `validation/invalid-format` or `validation/invalid`. The detail starts with the field's path.
 */
export function fieldProblems(error: z.ZodError, input: unknown): readonly [FieldProblem, ...FieldProblem[]] {
  const problems = error.issues.map((issue) => toFieldProblem(issue, valueAt(input, issue.path)));
  const [first, ...rest] = problems;
  return first === undefined
    ? [{ code: 'validation/invalid', field: '(body)', detail: 'is invalid' }]
    : [first, ...rest];
}

function toFieldProblem(issue: z.core.$ZodIssue, value: unknown): FieldProblem {
  const field = fieldPath(issue.path);
  const [code, detail] = describe(issue, value);
  return { code, field, detail: `${field} ${detail}` };
}

/** The value found at `path` in `input` (zod issues do not carry it unless asked to). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, value: unknown): readonly [string, string] {
  if (value === undefined && issue.path.length > 0) return ['validation/required', 'is required'];
  switch (issue.code) {
    case 'invalid_type':
      return ['validation/invalid-type', `must be ${article(issue.expected)}, got ${kindOf(value)}`];
    case 'too_small':
    case 'too_big':
      return ['validation/out-of-range', issue.message];
    case 'invalid_value':
      return ['validation/unsupported-value', `must be one of ${issue.values.map(String).join(', ')}`];
    case 'invalid_format':
      return ['validation/invalid-format', issue.message];
    default:
      return ['validation/invalid', issue.message];
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isInteger(value)) return `${value}`;
  return typeof value;
}
