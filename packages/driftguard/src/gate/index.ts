export { type RequiredSuite, requiredSuites } from './requiredSuites.js';
export { type GateOutcome, runGate } from './runGate.js';
export { runSuiteCommand } from './runSuiteCommand.js';
