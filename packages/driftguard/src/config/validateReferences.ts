import type { Config } from './schema.js';

/** Suites driftguard provides itself; a risk may require them without defining a command. */
export const BUILT_IN_SUITES = ['locks', 'replay'] as const;

/**
 * Cross-field checks zod cannot express: every suite a risk requires is defined or built in, and
 * every risk an intent severity override names is a defined risk category.
 */
export function validateReferences(config: Config): string[] {
  const known = new Set<string>([...BUILT_IN_SUITES, ...Object.keys(config.suites)]);
  const problems: string[] = [];
  for (const [risk, category] of Object.entries(config.risks)) {
    category.suites.forEach((suite, i) => {
      if (!known.has(suite)) {
        problems.push(`risks.${risk}.suites[${i}]: unknown suite "${suite}"; define it under suites.${suite}.run`);
      }
    });
  }
  for (const risk of Object.keys(config.intent.riskSeverity)) {
    if (!Object.hasOwn(config.risks, risk)) {
      problems.push(`intent.riskSeverity.${risk}: unknown risk "${risk}"; define it under risks.${risk} or remove it`);
    }
  }
  const needsLocks = Object.entries(config.risks).filter(([, category]) => category.suites.includes('locks'));
  if (needsLocks.length > 0 && config.locks.target === undefined && config.locks.start === undefined) {
    const [risk] = needsLocks[0] ?? [''];
    problems.push(
      `risks.${risk}.suites: the built-in "locks" suite needs a service to run against; set locks.target (its URL) or locks.start (how to start it)`,
    );
  }
  return problems;
}
