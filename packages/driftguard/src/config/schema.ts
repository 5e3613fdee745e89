import { z } from 'zod';
import { DEFAULT_SEMDIFF_IGNORE, DEFAULT_SEMDIFF_TESTS } from './defaults.js';
import { relativePath } from './fields.js';
import { intentSchema } from './intentSchema.js';
import { locksConfigSchema } from './locksSchema.js';

const glob = z.string({ error: 'expected a glob string' }).min(1, { error: 'expected a non-empty glob string' });

/** Include globs: a leading `!` is rejected here because `exclude` says it without surprises. */
const includeGlob = glob.refine((g) => !g.startsWith('!'), {
  error: 'a leading "!" does not negate here; move the pattern without "!" to the exclude list',
});

/** One reliability risk category: which files carry it and which suites it requires. */
export const riskCategorySchema = z.strictObject({
  description: z.string().optional(),
  /** Files matching any of these globs carry the risk (picomatch syntax, POSIX paths from the root). */
  paths: z.array(includeGlob).default([]),
  /** Files matching any of these are exempt from `paths` (they can still be reached by imports). */
  exclude: z.array(glob).default([]),
  /** Modules whose import closure carries the risk: a changed file they reach is at risk too. */
  entryPoints: z.array(relativePath).default([]),
  /** Suites a change carrying this risk must pass. */
  suites: z.array(z.string().min(1, { error: 'expected a suite name' })).default([]),
});

/** A suite is a command the gate runs; its exit code is its verdict. */
export const suiteSchema = z.strictObject({
  run: z.string({ error: 'expected the command to run, as a string' }).min(1),
  timeoutSeconds: z.number().int().positive().default(600),
  cwd: relativePath.optional(),
});

/** Files that reach every module without an import (manifests, lockfiles, tsconfig, build config). */
export const globalTriggersSchema = z.strictObject({
  paths: z.array(includeGlob),
  exclude: z.array(glob).default([]),
});

/** The semantic diff: which changed files it leaves out (docs and licenses by default), which are test code. */
export const semdiffSchema = z.strictObject({
  ignore: z.array(glob).default([...DEFAULT_SEMDIFF_IGNORE]),
  tests: z.array(glob).default([...DEFAULT_SEMDIFF_TESTS]),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  risks: z.record(
    z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'risk names are lower-case words with dashes' }),
    riskCategorySchema,
  ),
  suites: z.record(z.string().min(1), suiteSchema).default({}),
  /** Changed files matching these are left out of every stage. */
  ignore: z.array(glob).default([]),
  globalTriggers: globalTriggersSchema.optional(),
  semdiff: semdiffSchema.prefault({}),
  locks: locksConfigSchema.prefault({}),
  /** The PR contract: required sections, size budget, severity overrides (see docs/intent.md). */
  intent: intentSchema.prefault({}),
});

/** The config as a user writes it (every field optional where a default exists). */
export type ConfigInput = z.input<typeof configSchema>;
/** The config after validation and defaults: what the rest of driftguard reads. */
export type Config = z.output<typeof configSchema> & { readonly globalTriggers: GlobalTriggers };
export type RiskCategory = z.output<typeof riskCategorySchema>;
export type SuiteConfig = z.output<typeof suiteSchema>;
export type GlobalTriggers = z.output<typeof globalTriggersSchema>;
export type SemdiffConfig = z.output<typeof semdiffSchema>;
