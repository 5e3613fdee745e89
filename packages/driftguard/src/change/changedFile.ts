import type { ChangedFile, FileStatus } from './model.js';

/** The facts about one changed path as a reader finds them; `undefined` means "not applicable". */
export interface ChangedFileFacts {
  readonly path: string;
  readonly status: FileStatus;
  readonly oldPath?: string | undefined;
  readonly similarity?: number | undefined;
  readonly oldMode?: string | undefined;
  readonly newMode?: string | undefined;
  readonly binary: boolean;
  readonly additions: number;
  readonly deletions: number;
}

const SUBMODULE = '160000';

/** Builds a ChangedFile, omitting absent fields and deriving `submodule` from the modes. */
export function changedFile(facts: ChangedFileFacts): ChangedFile {
  // assigned field by field: spreading conditional objects is several times slower on 20,000 files
  const file: { -readonly [K in keyof ChangedFile]: ChangedFile[K] } = {
    path: facts.path,
    status: facts.status,
    binary: facts.binary,
    submodule: facts.oldMode === SUBMODULE || facts.newMode === SUBMODULE,
    additions: facts.additions,
    deletions: facts.deletions,
  };
  if (facts.oldPath !== undefined) file.oldPath = facts.oldPath;
  if (facts.similarity !== undefined) file.similarity = facts.similarity;
  if (facts.oldMode !== undefined) file.oldMode = facts.oldMode;
  if (facts.newMode !== undefined) file.newMode = facts.newMode;
  return file;
}

/** Sorts changed files by path in code-unit order (stable across locales, unlike `localeCompare`). */
export function sortByPath(files: ChangedFile[]): ChangedFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
