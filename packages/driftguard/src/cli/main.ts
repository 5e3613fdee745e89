import { InputError, UsageError } from '../errors/index.js';
import { COMMANDS } from './commands/index.js';
import { renderCommandHelp, renderMainHelp } from './help.js';
import { type CliIo, processIo } from './io.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { packageVersion } from './version.js';

/**
 * Runs one driftguard invocation and answers its exit code: 0 pass, 1 gate failed, 2 usage, config
 * or input error (one line on stderr, no stack), 3 internal error (a bug: the stack, to report).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      const hint = error instanceof UsageError ? ' (see driftguard --help)' : '';
      io.stderr(`driftguard: ${error.message}${hint}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `driftguard: internal error (a driftguard bug, not your input); please report it with these lines:\n${detail}\n`,
    );
    return 3;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(renderMainHelp(COMMANDS, packageVersion()));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const known = COMMANDS.map((c) => c.name).join(', ');
    throw new UsageError(`unknown command "${name}"; expected one of ${known}`);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(renderCommandHelp(command));
    return 0;
  }
  return command.run(parseCommandArgs(name, rest, command.options), io);
}

/** The process entry: runs the CLI and exits with its code once output has flushed. */
export async function main(): Promise<void> {
  // A reader that stops early (`driftguard semdiff | head`) closes the pipe: stop quietly, as git does,
  // instead of dying on an unhandled EPIPE with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
