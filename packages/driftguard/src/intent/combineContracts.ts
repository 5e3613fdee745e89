import { CONTRACT_SECTIONS } from '../config/index.js';
import { declares, FIELD_OF_SECTION } from './contractFields.js';
import type { PrContract } from './model.js';

/**
 * One contract from several, in order of precedence (the PR description first, then commit trailers
 * newest first): each section from the first contract that declares it; AI signals, labels and
 * unknown sections from all; a problem only while no contract declares its section. Undefined when
 * every contract is undefined, so "no contract at all" stays distinguishable.
 */
export function combineContracts(...contracts: readonly (PrContract | undefined)[]): PrContract | undefined {
  const present = contracts.filter((contract): contract is PrContract => contract !== undefined);
  const [first] = present;
  if (first === undefined) return undefined;
  let combined: PrContract = {
    source: first.source,
    aiSignals: present.flatMap((contract) => contract.aiSignals),
    labels: [...new Set(present.flatMap((contract) => contract.labels))],
    unknownSections: present.flatMap((contract) => contract.unknownSections),
    problems: present
      .flatMap((contract) => contract.problems)
      .filter((problem) => !present.some((contract) => declares(contract, problem.section))),
  };
  for (const section of CONTRACT_SECTIONS) {
    const field = FIELD_OF_SECTION[section];
    const owner = present.find((contract) => contract[field] !== undefined);
    if (owner !== undefined) combined = { ...combined, [field]: owner[field] };
  }
  return combined;
}
