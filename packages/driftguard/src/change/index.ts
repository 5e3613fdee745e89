/**
 * The change reader: what differs between two git revisions or two directories, and read access to
 * both sides. Everything other folders may use is exported here.
 */
export { DirectoryTree } from './DirectoryTree.js';
export { GitTree } from './GitTree.js';
export type { Change, ChangedFile, FileStatus, Tree } from './model.js';
export { readCommitMessages } from './readCommitMessages.js';
export { type DirectoryChangeOptions, readDirectoryChange } from './readDirectoryChange.js';
export { type GitChangeOptions, readGitChange } from './readGitChange.js';
