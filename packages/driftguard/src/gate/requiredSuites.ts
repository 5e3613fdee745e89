import type { Config } from '../config/index.js';
import type { Classification } from '../risk/model.js';

/** A suite the change must pass, and the risk categories that require it. */
export interface RequiredSuite {
  readonly name: string;
  readonly requiredBy: readonly string[];
}

/** The suites the change's risk categories require, each once, in config order; none when no risk. */
export function requiredSuites(classification: Classification, config: Config): RequiredSuite[] {
  const byName = new Map<string, string[]>();
  for (const risk of classification.risks) {
    for (const suite of config.risks[risk]?.suites ?? []) {
      const requiredBy = byName.get(suite) ?? [];
      requiredBy.push(risk);
      byName.set(suite, requiredBy);
    }
  }
  return [...byName].map(([name, requiredBy]) => ({ name, requiredBy }));
}
