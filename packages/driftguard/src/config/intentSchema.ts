import { z } from 'zod';

/** Every finding code the intent stage emits: the keys a severity override may name. */
export const INTENT_CODES = [
  'intent/missing-section',
  'intent/behavior-in-refactor',
  'intent/non-goal-violated',
  'intent/out-of-scope',
  'intent/mixed-concerns',
  'intent/multiple-risks',
  'intent/too-large',
  'intent/ai-unreviewed',
] as const;

/** One intent finding code. */
export type IntentCode = (typeof INTENT_CODES)[number];

/** The sections of the PR contract, as config names them (`required` lists). */
export const CONTRACT_SECTIONS = [
  'intent',
  'change-type',
  'non-goals',
  'semantic-impact',
  'ai-assistance',
  'scope',
  'out-of-scope-files',
] as const;

/** One section of the PR contract, by its config name. */
export type ContractSectionName = (typeof CONTRACT_SECTIONS)[number];

const severitySetting = z.enum(['error', 'warning', 'notice', 'off'], {
  error: 'expected "error", "warning", "notice" or "off"',
});

/** Severity per intent code; codes not listed keep their default. An unknown code is an error, not a no-op. */
const severityTable = z.partialRecord(z.enum(INTENT_CODES), severitySetting);

const sectionList = z.array(z.enum(CONTRACT_SECTIONS, { error: `expected one of ${CONTRACT_SECTIONS.join(', ')}` }));

const riskName = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'risk names are lower-case words with dashes' });

const budgetCount = z.number().int().positive({ error: 'expected a positive whole number' });

/** A size budget for the behavior a reviewer must read; each field defaults separately. */
function budgetSchema(defaults: { behaviorLines: number; behaviorChanges: number; criticalSymbols: number }) {
  return z
    .strictObject({
      /** Lines inside behavior changes (endLine - line + 1, summed); proven refactorings do not count. */
      behaviorLines: budgetCount.default(defaults.behaviorLines),
      /** Distinct behavior changes (hunks semdiff reports). */
      behaviorChanges: budgetCount.default(defaults.behaviorChanges),
      /** Distinct symbols with a behavior change in a file that carries a risk category. */
      criticalSymbols: budgetCount.default(defaults.criticalSymbols),
    })
    .prefault({});
}

/** What an AI-assisted change must add to the defaults: stricter, never looser, unless configured so. */
export const aiAssistedSchema = z.strictObject({
  /** Sections required on every AI-assisted change, on top of `required.always`. */
  required: sectionList.default(['non-goals']),
  /** The size budget for AI-assisted changes (half the default one). */
  budget: budgetSchema({ behaviorLines: 20, behaviorChanges: 5, criticalSymbols: 3 }),
  /** Severity overrides for AI-assisted changes, applied after `intent.severity`. */
  severity: severityTable.default({ 'intent/out-of-scope': 'error' }),
  /** PR labels that mark a change as AI-assisted (compared case-insensitively). */
  labels: z.array(z.string().min(1)).default(['ai-assisted', 'ai-generated', 'ai-generated-code', 'ai']),
  /** More assistant names a `Co-authored-by:` trailer may carry, besides the built-in list. */
  assistants: z.array(z.string().min(1)).default([]),
});

/** The PR contract: which sections are required, the size budget, and severity overrides. */
export const intentSchema = z.strictObject({
  required: z
    .strictObject({
      /** Sections every change must declare. */
      always: sectionList.default(['intent']),
      /** Sections required when a changed file carries a risk category. */
      whenRisky: sectionList.default(['non-goals', 'semantic-impact']),
    })
    .prefault({}),
  budget: budgetSchema({ behaviorLines: 40, behaviorChanges: 10, criticalSymbols: 5 }),
  /** Severity per code (`"off"` drops the finding). */
  severity: severityTable.default({}),
  /** Severity per code for findings about a risk category; the most specific setting wins. */
  riskSeverity: z.record(riskName, severityTable).default({}),
  aiAssisted: aiAssistedSchema.prefault({}),
});

/** The intent section after validation and defaults. */
export type IntentConfig = z.output<typeof intentSchema>;
/** A severity setting: a finding severity, or `off` to drop the finding. */
export type SeveritySetting = z.output<typeof severitySetting>;
/** A size budget after defaults. */
export type SizeBudget = IntentConfig['budget'];

/** The intent section with every default applied (what a config without `intent` gets). */
export const DEFAULT_INTENT_CONFIG: IntentConfig = intentSchema.parse({});
