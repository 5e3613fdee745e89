import type { Command } from './command.js';

/** `driftguard --help`: what it is, the commands, where to read more. */
export function renderMainHelp(commands: readonly Command[], version: string): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    `driftguard ${version}: keep backend changes inside their intent.`,
    '',
    'Usage: driftguard <command> [flags]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Flags: --help (any command), --version',
    'Exit codes: 0 pass, 1 the gate found violations, 2 usage, config or input error, 3 internal error.',
    'Run `driftguard <command> --help` for its flags and an example.',
  ];
  return `${lines.join('\n')}\n`;
}

/** `driftguard <command> --help`: synopsis, description, flags and examples. */
export function renderCommandHelp(command: Command): string {
  const width = Math.max(0, ...command.flags.map((f) => f.flag.length));
  const lines = [
    `Usage: ${command.usage}`,
    '',
    command.description,
    '',
    'Flags:',
    ...command.flags.map((f) => `  ${f.flag.padEnd(width)}  ${f.text}`),
    `  ${'--help'.padEnd(width)}  show this help`,
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
  ];
  return `${lines.join('\n')}\n`;
}
