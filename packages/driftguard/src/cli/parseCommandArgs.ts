import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../errors/index.js';

/** The options table of one command, as `node:util` parseArgs takes it. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed flags and positionals; flag values are strings or booleans as declared. */
export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: readonly string[];
}

/**
 * Parses a command's arguments strictly; any mistake becomes a UsageError that says what was
 * expected and what arrived, instead of parseArgs' own multi-line message.
 */
export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${describeParseError(error)}`);
  }
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown flag ${unknown[1]}`;
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} expects a value`;
  const notBoolean = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (notBoolean) return `${notBoolean[1]} takes no value`;
  return message.split('\n')[0] ?? message;
}

/** Reads a string flag that must be one of `choices`. */
export function choiceFlag<T extends string>(parsed: ParsedArgs, flag: string, choices: readonly T[], fallback: T): T {
  const value = parsed.values[flag];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag}: expected one of ${choices.join(', ')}, got "${String(value)}"`);
}

/** Reads an optional string flag. */
export function stringFlag(parsed: ParsedArgs, flag: string): string | undefined {
  const value = parsed.values[flag];
  return typeof value === 'string' ? value : undefined;
}
