import { baseName, dirOf } from './treePaths.js';

/** A changed file that reaches modules without being imported, and the directory whose modules it reaches. */
export interface GlobalTrigger {
  readonly trigger: string;
  /** The trigger's directory: it affects every module at or below it (`''`: the whole repository). */
  readonly scope: string;
  /** One sentence for humans: what kind of file it is and what it reaches. */
  readonly note: string;
}

/** What each kind of trigger changes, by file name; the first match wins. */
const TRIGGER_KINDS: readonly (readonly [RegExp, string])[] = [
  [/^package\.json$/, 'package manifest: dependency and script changes reach'],
  [
    /^(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?)$/,
    'lockfile: resolved dependency versions reach',
  ],
  [/^pnpm-workspace\.yaml$/, 'workspace manifest: package membership reaches'],
  [/^[tj]sconfig.*\.json$/, 'TypeScript config: compiler and module-resolution options reach'],
  [/^(\.npmrc|\.yarnrc\.yml)$/, 'package manager config: install settings reach'],
  [/^(\.nvmrc|\.node-version)$/, 'runtime version pin: the Node.js version reaches'],
  [/^(vitest|jest)\.config\./, 'test config: how tests run reaches'],
  [/\.config\.|^\.babelrc|^\.swcrc/, 'build config: how code is compiled and bundled reaches'],
  [/^Dockerfile$/, 'container image definition: the runtime image reaches'],
  [/^\.env/, 'environment file: configuration values reach'],
];

/** Describes a file that matched the configured global triggers: its scope and a note saying why. */
export function describeGlobalTrigger(path: string): GlobalTrigger {
  const name = baseName(path);
  const kind =
    TRIGGER_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'configured global trigger: its changes reach';
  const scope = dirOf(path);
  const reach = scope === '' ? 'every module in the repository' : `every module under ${scope}/`;
  return { trigger: path, scope, note: `${kind} ${reach}` };
}
