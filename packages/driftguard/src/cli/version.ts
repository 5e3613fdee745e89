import { readFileSync } from 'node:fs';

/** The version in this package's package.json (the one source of truth for `--version` and reports). */
export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const manifest = JSON.parse(readFileSync(url, 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
