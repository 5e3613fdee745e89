/**
 * driftguard's public API: read a change, classify its risk, load the config, hold the PR contract
 * against the facts, run the gate, build a report.
 */
export * from './change/index.js';
export * from './check/index.js';
export * from './config/index.js';
export * from './errors/index.js';
export * from './gate/index.js';
export * from './intent/index.js';
export * from './locks/index.js';
export * from './report/index.js';
export * from './risk/index.js';
export * from './semdiff/index.js';
