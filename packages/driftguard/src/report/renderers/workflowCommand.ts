/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped as the runner
 * unescapes them (actions/toolkit `command.ts`), so no message can end a command or start another.
 */

/** Escapes a command's message: `%`, carriage return and line feed. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as data, plus `:` and `,`, which would end the value early. */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line (no trailing newline); properties keep their order, undefined ones are left out. */
export function workflowCommand(
  command: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}=${escapeCommandProperty(String(value))}`)
    .join(',');
  return `::${command}${props === '' ? '' : ` ${props}`}::${escapeCommandData(message)}`;
}
