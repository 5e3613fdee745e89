import type { Classification } from '../risk/model.js';
import type { SemanticDelta } from '../semdiff/model.js';
import type { ChangeSummary, Finding, IntentSummary, Report, StageStatus, SuiteResult } from './model.js';
import { sortFindings } from './sortFindings.js';
import { verdictOf } from './verdict.js';

/** What a report is assembled from: the facts and the policy's findings, in any order. */
export interface ReportInput {
  /** The driftguard version that produced the report. */
  readonly version: string;
  readonly change: ChangeSummary;
  readonly classification: Classification;
  readonly semdiff?: SemanticDelta;
  readonly findings: readonly Finding[];
  readonly intent?: IntentSummary;
  readonly suites?: readonly SuiteResult[];
  readonly stages?: readonly StageStatus[];
}

/**
 * Assembles the one Report: computes the verdict (see `verdictOf`) and sorts the findings
 * (see `compareFindings`). Pure; suites and stages keep the order they were given in.
 */
export function buildReport(input: ReportInput): Report {
  const suites = input.suites ?? [];
  return {
    schemaVersion: 1,
    tool: { name: 'driftguard', version: input.version },
    verdict: verdictOf(input.findings, suites),
    change: input.change,
    classification: input.classification,
    ...(input.semdiff ? { semdiff: input.semdiff } : {}),
    findings: sortFindings(input.findings),
    ...(input.intent ? { intent: input.intent } : {}),
    suites,
    stages: input.stages ?? [],
  };
}
