import { DEFAULT_INTENT_CONFIG, type IntentConfig } from '../../src/config/index.js';
import type { IntentFile, IntentInput, PrContract } from '../../src/intent/index.js';
import { parsePrBody } from '../../src/intent/index.js';
import type { Finding } from '../../src/report/index.js';
import type { Classification, RiskReason } from '../../src/risk/index.js';
import type { BehaviorChange, Refactoring, SemanticDelta } from '../../src/semdiff/index.js';

/** A behavior change on the after side, one line long unless `endLine` says otherwise. */
export function behaviorChange(
  file: string,
  line: number,
  summary: string,
  more: Partial<BehaviorChange> = {},
): BehaviorChange {
  return { file, line, endLine: line, side: 'after', summary, reason: 'changed', ...more };
}

/** A proven refactoring. */
export function refactoring(file: string, kind: Refactoring['kind'], line = 1): Refactoring {
  return { kind, file, line, summary: `${kind} in ${file}` };
}

/** A semantic delta from its behavior changes and refactorings; the verdict follows from them. */
export function delta(behaviorChanges: BehaviorChange[], refactorings: Refactoring[] = []): SemanticDelta {
  const verdict =
    behaviorChanges.length > 0 ? 'behavior-change' : refactorings.length > 0 ? 'refactor-only' : 'identical';
  return { verdict, behaviorChanges, refactorings, unsupported: [], testChanges: [] };
}

/**
 * A classification from each changed path's risk categories: a name means a path rule; `global:NAME`
 * a global trigger. Files without risks are listed with none.
 */
export function classification(files: Record<string, readonly string[]>): Classification {
  const entries = Object.entries(files).map(([path, risks]) => ({
    path,
    status: 'modified',
    risks: risks.map((name): RiskReason => {
      if (name.startsWith('global:')) {
        return { risk: name.slice('global:'.length), reason: 'global', trigger: path, note: 'manifest' };
      }
      return { risk: name, reason: 'path', pattern: `**/*${name}*/**` };
    }),
  }));
  const risks = [...new Set(entries.flatMap((file) => file.risks.map((reason) => reason.risk)))].sort();
  return { schemaVersion: 1, highRisk: risks.length > 0, risks, files: entries };
}

/** A modified file with a few changed lines. */
export function changed(path: string, more: Partial<IntentFile> = {}): IntentFile {
  return { path, status: 'modified', additions: 3, deletions: 1, ...more };
}

/** The contract of a markdown body; shorthand for the tests. */
export function contract(markdown: string): PrContract {
  return parsePrBody(markdown);
}

/** The config's intent section with a few fields replaced. */
export function intentConfig(overrides: Partial<IntentConfig> = {}): IntentConfig {
  return { ...DEFAULT_INTENT_CONFIG, ...overrides };
}

/**
 * An IntentInput: the changed files default to those the classification lists, and the contract to
 * one that declares an Intent and nothing else.
 */
export function intentInput(
  parts: Partial<IntentInput> & Pick<IntentInput, 'semdiff' | 'classification'>,
): IntentInput {
  return {
    contract: contract('## Intent\nDo the thing.'),
    files: parts.classification.files.map((file) => changed(file.path)),
    config: DEFAULT_INTENT_CONFIG,
    ...parts,
  };
}

/** The codes of findings, in order. */
export function codes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.code);
}

/** The findings with one code. */
export function withCode(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

/** A contract that declares everything a risky change needs, so only the rule under test speaks. */
export const FULL = `## Intent
Retry captures with the same key.

## Change type
fix

## Non-goals
- No new endpoints

## Semantic impact
A timed-out capture is retried once with its original key.`;
