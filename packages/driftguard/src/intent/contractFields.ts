import type { ContractSectionName } from '../config/index.js';
import type { PrContract } from './model.js';

/** The PrContract field each section fills. */
export const FIELD_OF_SECTION = {
  intent: 'intent',
  'change-type': 'changeType',
  'non-goals': 'nonGoals',
  'semantic-impact': 'semanticImpact',
  'ai-assistance': 'aiAssistance',
  scope: 'scope',
  'out-of-scope-files': 'outOfScopeFiles',
} as const satisfies Record<ContractSectionName, keyof PrContract>;

/** True when the contract declares the section (present, not empty, not a placeholder). */
export function declares(contract: PrContract, section: ContractSectionName): boolean {
  return contract[FIELD_OF_SECTION[section]] !== undefined;
}
