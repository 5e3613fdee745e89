/** How a file differs between the base and the head of a change (git's status letters, spelled out). */
export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

/** One changed path. `path` is the head path (the base path for deletions), POSIX, relative to the root. */
export interface ChangedFile {
  readonly path: string;
  readonly status: FileStatus;
  /** The base path, for renames and copies. */
  readonly oldPath?: string;
  /** Rename/copy similarity in percent, as git reports it. */
  readonly similarity?: number;
  /** True when either side is binary (git `-` numstat, or a NUL byte in directory mode). */
  readonly binary: boolean;
  /** Octal git modes (`100644`, `100755`, `120000` symlink, `160000` submodule); absent for the missing side. */
  readonly oldMode?: string;
  readonly newMode?: string;
  /** True when the path is a submodule pointer (mode 160000 on either side). */
  readonly submodule: boolean;
  /** Changed line counts; 0/0 for binary files. */
  readonly additions: number;
  readonly deletions: number;
}

/**
 * A read-only view of one side of a change: the files at a git revision, or a directory on disk.
 * Paths are POSIX and relative to the tree's root. `read` answers undefined for a missing path.
 */
export interface Tree {
  /** A short human label: `HEAD`, `HEAD~1`, `abc1234 (merge base with origin/main)`, `(empty tree)`, or a directory path. */
  readonly label: string;
  /** Every regular file path in the tree (no directories, no submodule contents). */
  list(): Promise<readonly string[]>;
  /** UTF-8 contents of one file, or undefined when it does not exist in this tree. */
  read(path: string): Promise<string | undefined>;
  /** Contents of many files at once; missing paths are absent from the map. Use it for bulk reads. */
  readMany(paths: readonly string[]): Promise<Map<string, string>>;
}

/** A change: the files that differ between two trees, and access to both trees. */
export interface Change {
  readonly source: 'git' | 'directories';
  readonly base: Tree;
  readonly head: Tree;
  /** Changed files, sorted by path. */
  readonly files: readonly ChangedFile[];
  /** Revisions as resolved commit ids (git mode only; `baseRev` is absent when the base is the empty tree). */
  readonly baseRev?: string;
  readonly headRev?: string;
  /**
   * Releases what reading holds open (git mode: one `git cat-file` process). Optional to call: an idle
   * reader never keeps Node alive. Trees stay usable after it; a later read reopens what it needs.
   */
  close?(): Promise<void>;
}
