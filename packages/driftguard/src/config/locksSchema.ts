// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${port.NAME}` and `${runDir}` are placeholders the gate fills, not template literals
import { z } from 'zod';
import { relativePath } from './fields.js';

/**
 * How the gate starts the service its locks run against, when nothing else has: a shell command (run
 * in `cwd`, with `env` added), ready once `url` answers any HTTP response; its whole process group is
 * stopped after the run.
 */
export const locksStartSchema = z.strictObject({
  run: z.string({ error: 'expected the command that starts the service, as a string' }).min(1),
  url: z
    .string({ error: 'expected the URL the started service answers on' })
    .refine((url) => URL.canParse(url.replace(/\$\{port\.[A-Za-z0-9_-]+\}/g, '1')), {
      error: 'expected the URL the started service answers on (`${port.NAME}` allowed)',
    }),
  env: z.record(z.string(), z.string()).default({}),
  cwd: relativePath.optional(),
  readySeconds: z.number().int().positive().default(60),
});

/**
 * The built-in `locks` suite: which lock files to load, and the service and database they run against.
 * A risk category that lists `locks` among its suites is a critical flow: the locks whose `flow`
 * names it run for every change that carries it, and a flow no lock names is `gate/lock-missing`.
 */
export const locksConfigSchema = z.strictObject({
  /** Lock files or directories (searched for `*.lock.yaml` and friends), from the repository root. */
  files: z.array(relativePath).default(['locks']),
  /** The running service's base URL (`${env.NAME}` allowed): the locks' default target. */
  target: z.string().min(1).optional(),
  /** Or how to start it for the run. */
  start: locksStartSchema.optional(),
  /** The database the locks' `sql` steps query (`postgres://`, `mysql://`, `sqlite:path`). */
  db: z.string().min(1).optional(),
  /** The whole run, locks and start-up together. */
  timeoutSeconds: z.number().int().positive().default(600),
});

export type LocksConfig = z.output<typeof locksConfigSchema>;
export type LocksStartConfig = z.output<typeof locksStartSchema>;
