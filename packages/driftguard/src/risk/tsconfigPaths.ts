import { joinPath } from './treePaths.js';

/** The module-resolution options of one tsconfig/jsconfig after its `extends` chain, as root-relative paths. */
export interface CompilerPathOptions {
  /** Directory of the config file itself (what `${configDir}` means). */
  readonly configDir: string;
  /** Directory non-relative specifiers are also looked up in (`baseUrl`), when set. */
  readonly baseUrl?: string;
  /** Directory `paths` substitutions are relative to: `baseUrl`, else the config that declared `paths`. */
  readonly pathsBase: string;
  /** `compilerOptions.paths` in declaration order. */
  readonly paths: readonly (readonly [pattern: string, substitutions: readonly string[]])[];
}

/**
 * Root-relative paths to try for a non-relative `specifier`, in order: the `paths` entry that matches
 * (exact beats `*`; among patterns the longest prefix wins, as TypeScript picks) with each substitution,
 * then `baseUrl`/specifier. Candidates may not exist; the caller takes the first that does.
 */
export function pathsCandidates(options: CompilerPathOptions, specifier: string): string[] {
  const candidates: string[] = [];
  const match = bestPathsMatch(options.paths, specifier);
  for (const substitution of match?.substitutions ?? []) {
    const path = resolveConfigPath(
      substitution.replaceAll('*', match?.star ?? ''),
      options.pathsBase,
      options.configDir,
    );
    if (path !== undefined) candidates.push(path);
  }
  const viaBaseUrl = options.baseUrl === undefined ? undefined : joinPath(options.baseUrl, specifier);
  if (viaBaseUrl !== undefined) candidates.push(viaBaseUrl);
  return candidates;
}

/** Resolves a path written in a tsconfig: `${configDir}` means the leaf config's directory. */
export function resolveConfigPath(value: string, relativeTo: string, configDir: string): string | undefined {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: tsconfig's literal `${configDir}` token, not a template.
  const token = '${configDir}';
  return value.startsWith(token) ? joinPath(configDir, value.slice(token.length)) : joinPath(relativeTo, value);
}

interface PathsMatch {
  readonly substitutions: readonly string[];
  readonly star: string;
}

function bestPathsMatch(paths: CompilerPathOptions['paths'], specifier: string): PathsMatch | undefined {
  let best: (PathsMatch & { prefixLength: number }) | undefined;
  for (const [pattern, substitutions] of paths) {
    if (pattern === specifier) return { substitutions, star: '' };
    const star = pattern.indexOf('*');
    if (star < 0 || (best && best.prefixLength >= star)) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.length < prefix.length + suffix.length) continue;
    if (!specifier.startsWith(prefix) || !specifier.endsWith(suffix)) continue;
    best = { substitutions, star: specifier.slice(star, specifier.length - suffix.length), prefixLength: star };
  }
  return best;
}
