import type { CliIo } from './io.js';
import type { OptionSpec, ParsedArgs } from './parseCommandArgs.js';

/** One subcommand: its help text, its flags, and the function that wires it. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The synopsis, e.g. `driftguard classify [--base REV] [--head REV] [--json]`. */
  readonly usage: string;
  /** A paragraph or two for `--help`. */
  readonly description: string;
  readonly flags: readonly FlagHelp[];
  readonly examples: readonly string[];
  readonly options: OptionSpec;
  /** Runs the command and answers its exit code (0 pass, 1 gate failed). Input errors are thrown. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A flag as `--help` lists it. */
export interface FlagHelp {
  readonly flag: string;
  readonly text: string;
}
