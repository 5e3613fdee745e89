import type { RiskReason } from '../risk/model.js';

/** One reason shared by one or more risk categories (`risks` sorted); `reason.risk` is the first of them. */
export interface ReasonGroup {
  readonly risks: readonly string[];
  readonly reason: RiskReason;
}

/**
 * A file's reasons with identical ones merged across categories: a lockfile that triggers all five
 * categories for one reason is said once, naming the five. Groups keep the order of first appearance.
 */
export function groupReasons(reasons: readonly RiskReason[]): ReasonGroup[] {
  const groups = new Map<string, { risks: string[]; reason: RiskReason }>();
  for (const reason of reasons) {
    const { risk, ...why } = reason;
    const key = JSON.stringify(why);
    const group = groups.get(key) ?? { risks: [], reason };
    if (!group.risks.includes(risk)) group.risks.push(risk);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ risks: group.risks.sort(), reason: group.reason }));
}
