export { type LocksSuiteInput, type LocksSuiteOutcome, runLocksSuite } from './locksSuite.js';
export { type RequiredSuite, requiredSuites } from './requiredSuites.js';
export { type GateOutcome, type GatePullRequest, runGate } from './runGate.js';
export { runSuiteCommand } from './runSuiteCommand.js';
export { type StartedService, startService } from './startService.js';
