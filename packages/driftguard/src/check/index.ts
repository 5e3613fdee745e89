export { type ContractSources, type GatheredContract, gatherContract } from './gatherContract.js';
export { type CheckInput, runCheck } from './runCheck.js';
