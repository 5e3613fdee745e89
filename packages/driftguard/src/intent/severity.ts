import type { IntentCode, IntentConfig, SeveritySetting } from '../config/index.js';
import type { Severity } from '../report/model.js';

/** Each code's severity when config says nothing: contradictions of the contract fail, size and shape warn. */
export const DEFAULT_INTENT_SEVERITY: Readonly<Record<IntentCode, Severity>> = {
  'intent/missing-section': 'error',
  'intent/behavior-in-refactor': 'error',
  'intent/non-goal-violated': 'error',
  'intent/out-of-scope': 'warning',
  'intent/mixed-concerns': 'warning',
  'intent/multiple-risks': 'warning',
  'intent/too-large': 'warning',
  'intent/ai-unreviewed': 'error',
};

const RANK: Readonly<Record<SeveritySetting, number>> = { off: 0, notice: 1, warning: 2, error: 3 };

/**
 * The severity of one finding, or `off`. The most specific setting wins: the default, then
 * `intent.severity`, then `intent.aiAssisted.severity` for an AI-assisted change, then
 * `intent.riskSeverity` for the finding's risk categories (the strictest of them when several set it).
 */
export function severityOf(
  code: IntentCode,
  risk: string | undefined,
  config: IntentConfig,
  aiAssisted: boolean,
): SeveritySetting {
  let setting: SeveritySetting = config.severity[code] ?? DEFAULT_INTENT_SEVERITY[code];
  if (aiAssisted) setting = config.aiAssisted.severity[code] ?? setting;
  const byRisk = (risk ?? '').split(',').flatMap((name) => {
    const value = name === '' ? undefined : config.riskSeverity[name]?.[code];
    return value === undefined ? [] : [value];
  });
  if (byRisk.length > 0) setting = byRisk.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
  return setting;
}
