import { readFileSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError } from '../errors/index.js';
import { DEFAULT_CONFIG, DEFAULT_GLOBAL_TRIGGERS } from './defaults.js';
import { findConfigFile } from './findConfigFile.js';
import { formatIssues } from './formatIssues.js';
import { parseJsonConfig, parseYamlConfig } from './parseConfigText.js';
import { type Config, configSchema } from './schema.js';
import { validateReferences } from './validateReferences.js';

/** A loaded config and where it came from (`file` is absent when the defaults apply). */
export interface LoadedConfig {
  readonly config: Config;
  readonly file?: string;
}

/** Options for {@link loadConfig}: an explicit file wins over discovery from `searchFrom`. */
export interface LoadConfigOptions {
  readonly searchFrom: string;
  readonly configFile?: string;
}

/**
 * Finds, reads, parses and validates the config; with no config file the defaults apply.
 * Every problem is an InputError whose one-line message names the file and the field.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const file = options.configFile ? resolve(options.configFile) : findConfigFile(resolve(options.searchFrom));
  if (!file) return { config: validateConfig(DEFAULT_CONFIG, '(defaults)') };
  const shown = relative(process.cwd(), file) || file;
  const raw = await readConfigFile(file, shown, options.configFile !== undefined);
  return { config: validateConfig(raw, shown), file };
}

/** Validates a config object and applies defaults; `shown` is the name used in messages. */
export function validateConfig(raw: unknown, shown: string): Config {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw configError(shown, formatIssues(parsed.error.issues));
  const config: Config = { ...parsed.data, globalTriggers: parsed.data.globalTriggers ?? DEFAULT_GLOBAL_TRIGGERS };
  const problems = validateReferences(config);
  if (problems.length > 0) throw configError(shown, problems);
  return config;
}

function configError(shown: string, problems: readonly string[]): InputError {
  const more = problems.length > 1 ? ` (${problems.length} problems)` : '';
  return new InputError('config/invalid', `${shown}: ${problems.join('; ')}${more}`);
}

async function readConfigFile(file: string, shown: string, explicit: boolean): Promise<unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const flag = explicit ? '--config ' : '';
    throw new InputError(
      'config/unreadable',
      `${flag}${shown}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    );
  }
  const ext = extname(file);
  if (ext === '.json') return parseJsonConfig(text, shown);
  if (ext === '.yaml' || ext === '.yml') return parseYamlConfig(text, shown);
  if (['.ts', '.mts', '.mjs', '.js', '.cjs', '.cts'].includes(ext)) return importConfigModule(file, shown);
  throw new InputError('config/unknown-format', `--config ${shown}: expected .ts, .mjs, .js, .json or .yaml`);
}

/** Loads a code config. TypeScript goes through jiti, since Node 20 cannot strip types itself. */
async function importConfigModule(file: string, shown: string): Promise<unknown> {
  try {
    if (file.endsWith('ts')) {
      const { createJiti } = await import('jiti');
      const jiti = createJiti(import.meta.url, { moduleCache: false, fsCache: false });
      return await jiti.import(file, { default: true });
    }
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError('config/load-failed', `${shown}: failed to load: ${message}`);
  }
}
