export { DEFAULT_CONFIG, DEFAULT_GLOBAL_TRIGGERS, DEFAULT_SEMDIFF_IGNORE } from './defaults.js';
export { defineConfig } from './defineConfig.js';
export { CONFIG_FILE_NAMES, findConfigFile } from './findConfigFile.js';
export {
  CONTRACT_SECTIONS,
  type ContractSectionName,
  DEFAULT_INTENT_CONFIG,
  INTENT_CODES,
  type IntentCode,
  type IntentConfig,
  type SeveritySetting,
  type SizeBudget,
} from './intentSchema.js';
export { type LoadConfigOptions, type LoadedConfig, loadConfig, validateConfig } from './loadConfig.js';
export type { LocksConfig, LocksStartConfig } from './locksSchema.js';
export type { Config, ConfigInput, GlobalTriggers, RiskCategory, SemdiffConfig, SuiteConfig } from './schema.js';
export { BUILT_IN_SUITES } from './validateReferences.js';
