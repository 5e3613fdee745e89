import type { z } from 'zod';
import { fieldProblems } from './fieldProblems.js';
import { ProblemError } from './ProblemError.js';

/** Parses `input` with `schema`, or throws a 400 `ProblemError` naming every bad field. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw ProblemError.invalidFields(fieldProblems(result.error, input));
  return result.data;
}
