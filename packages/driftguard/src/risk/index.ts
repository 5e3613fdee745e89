/**
 * Risk over the import graph: which changed files carry which reliability risk categories, and why
 * (a path rule, an import chain from an entry point, or a global trigger).
 */
export { classifyChange } from './classifyChange.js';
export { type BuildImportGraphOptions, buildImportGraph, type ImportGraph, isSourceFile } from './ImportGraph.js';
export type { Classification, FileClassification, RiskReason } from './model.js';
export { chainTo, type Reach, reachFrom } from './shortestChains.js';
