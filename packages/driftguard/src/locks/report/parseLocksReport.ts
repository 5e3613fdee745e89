import { z } from 'zod';
import { InputError } from '../../errors/index.js';
import type { LocksReport } from './model.js';

const shard = z.object({ index: z.int().min(1), count: z.int().min(1) });
const lockResult = z.looseObject({
  name: z.string(),
  file: z.string(),
  line: z.int().optional(),
  flows: z.array(z.string()),
  status: z.enum(['pass', 'fail', 'error']),
  steps: z.int().min(0),
  durationMs: z.number().min(0),
  failure: z.looseObject({ step: z.string(), stepNumber: z.int(), at: z.string(), message: z.string() }).optional(),
  snapshots: z.array(
    z.looseObject({ name: z.string(), file: z.string(), status: z.enum(['same', 'changed', 'missing', 'written']) }),
  ),
});
const report = z.object({
  version: z.literal(1),
  shard: shard.optional(),
  shards: z.array(shard).optional(),
  summary: z.object({ total: z.int(), passed: z.int(), failed: z.int(), errored: z.int() }),
  locks: z.array(lockResult),
});

/**
 * Reads a report written by `driftguard locks run --json` (to merge shards). Anything else is an
 * InputError naming the file and the first field that is wrong.
 */
export function parseLocksReport(text: string, shown: string): LocksReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError('locks/bad-report', `${shown}: not JSON (${(error as Error).message})`);
  }
  const parsed = report.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') || '(root)';
    throw new InputError('locks/bad-report', `${shown}: not a locks report: ${path}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as LocksReport;
}
