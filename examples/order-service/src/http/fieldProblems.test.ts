import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldPath, fieldProblems } from './fieldProblems.js';

describe('fieldPath', () => {
  it('writes zod paths the way a JSON reader names fields', () => {
    expect(fieldPath(['items', 0, 'sku'])).toBe('items[0].sku');
    expect(fieldPath(['currency'])).toBe('currency');
    expect(fieldPath([])).toBe('(body)');
  });
});

describe('fieldProblems', () => {
  const schema = z.object({ name: z.string(), count: z.int().min(1, 'must be at least 1') });

  it('turns every issue into a coded problem that starts with the field', () => {
    const result = schema.safeParse({ count: 0.5 });
    if (result.success) throw new Error('expected a failure');
    expect(fieldProblems(result.error, { count: 0.5 })).toEqual([
      { code: 'validation/required', field: 'name', detail: 'name is required' },
      { code: 'validation/invalid-type', field: 'count', detail: 'count must be an integer, got 0.5' },
    ]);
  });

  it('names the whole body when it is not an object', () => {
    const result = schema.safeParse([]);
    if (result.success) throw new Error('expected a failure');
    expect(fieldProblems(result.error, [])[0]).toEqual({
      code: 'validation/invalid-type',
      field: '(body)',
      detail: '(body) must be an object, got an array',
    });
  });
});
