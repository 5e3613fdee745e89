import type { ConfigInput } from './schema.js';

/** Identity function that gives `driftguard.config.ts` authors type checking and completion. */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}
