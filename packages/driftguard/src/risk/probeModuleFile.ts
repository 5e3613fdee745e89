import { joinPath } from './treePaths.js';

/** Extensions tried, in order, for a specifier without one (TypeScript's order, then JavaScript's, then JSON). */
export const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.json'] as const;

/** ESM specifiers name the emitted file; the source beside them is TypeScript (`./a.js` → `./a.ts`). */
const SOURCES_FOR_EMITTED: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/**
 * The file a module path names in `files`, as TypeScript and Node would find it: the TS source of an
 * emitted `.js`/`.mjs`/`.cjs`/`.jsx` name, the exact file, the path plus an extension, or `index.*` inside it.
 */
export function probeModuleFile(files: ReadonlySet<string>, path: string): string | undefined {
  return (
    sourceOfEmitted(files, path) ??
    (files.has(path) ? path : undefined) ??
    withExtension(files, path) ??
    withExtension(files, joinPath(path, 'index') ?? 'index')
  );
}

function sourceOfEmitted(files: ReadonlySet<string>, path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  const sources = dot > path.lastIndexOf('/') ? SOURCES_FOR_EMITTED[path.slice(dot)] : undefined;
  if (!sources) return undefined;
  const stem = path.slice(0, dot);
  return sources.map((ext) => stem + ext).find((candidate) => files.has(candidate));
}

function withExtension(files: ReadonlySet<string>, path: string): string | undefined {
  for (const ext of MODULE_EXTENSIONS) {
    if (files.has(path + ext)) return path + ext;
  }
  return undefined;
}
