import picomatch from 'picomatch';
import type { Change, ChangedFile } from '../change/index.js';
import { type AnalyzedPair, findMoves } from './findMoves.js';
import { DEFAULT_SEMDIFF_IGNORE, DEFAULT_SEMDIFF_TESTS } from './ignore.js';
import type { BehaviorChange, Refactoring, SemanticDelta, SemanticDiffOptions, Unsupported } from './model.js';
import { isScriptFile } from './parseModule.js';
import { proveExportRelocations } from './proveExportRelocations.js';
import { analyzeFilePair, compareAnalyzed, verdictOf } from './semanticDiffSources.js';

/**
 * Semantic diff of a whole change. Never throws for a file it cannot analyze: a file that does not
 * parse is a `parse-error` behavior change, a file that is not TS/JS is listed as unsupported and
 * counts as a behavior change unless `ignore` matches it.
 */
export async function semanticDiff(change: Change, options: SemanticDiffOptions = {}): Promise<SemanticDelta> {
  const ignored = picomatch([...(options.ignore ?? DEFAULT_SEMDIFF_IGNORE)], { dot: true });
  const isTest = picomatch([...(options.tests ?? DEFAULT_SEMDIFF_TESTS)], { dot: true });
  const files = change.files.filter(
    (f) => !ignored(f.path) && !(f.oldPath !== undefined && ignored(f.oldPath) && ignored(f.path)),
  );
  const scripts = files.filter(isAnalyzable);
  const unsupported: Unsupported[] = files
    .filter((f) => !isAnalyzable(f))
    .map((f) => ({ file: f.path, reason: unsupportedReason(f) }));
  const behaviorChanges: BehaviorChange[] = unsupported.map((u) => ({
    file: u.file,
    line: 1,
    endLine: 1,
    side: 'after',
    summary: `${u.reason}: not analyzed`,
    reason: 'unsupported',
  }));
  const refactorings: Refactoring[] = [];
  const [before, after] = await Promise.all([
    change.base.readMany(scripts.filter((f) => f.status !== 'added').map((f) => f.oldPath ?? f.path)),
    change.head.readMany(scripts.filter((f) => f.status !== 'deleted').map((f) => f.path)),
  ]);
  const analyzed: AnalyzedPair[] = [];
  const renamedPaths = new Set(
    scripts.filter((f) => f.oldPath !== undefined && f.oldPath !== f.path).map((f) => f.path),
  );
  for (const file of scripts) {
    const beforeText = before.get(file.oldPath ?? file.path) ?? '';
    const afterText = after.get(file.path) ?? '';
    if (beforeText === afterText) continue;
    const pair = analyzeFilePair(file.path, beforeText, afterText);
    if ('behaviorChanges' in pair) behaviorChanges.push(...pair.behaviorChanges);
    else analyzed.push(pair);
  }
  const moves = findMoves(analyzed);
  await proveExportRelocations(
    analyzed.filter((pair) => !renamedPaths.has(pair.path)),
    change,
    moves,
    isTest,
  );
  for (const pair of analyzed) {
    const delta = compareAnalyzed(pair, moves.get(pair.path));
    behaviorChanges.push(...delta.behaviorChanges);
    refactorings.push(...delta.refactorings);
  }
  behaviorChanges.push(...scripts.filter((f) => f.oldPath !== undefined && f.oldPath !== f.path).map(movedFile));
  const runtime = behaviorChanges.filter((c) => !isTest(c.file));
  const testChanges = behaviorChanges.filter((c) => isTest(c.file));
  const verdict = verdictOf(files.length > 0, runtime);
  return { verdict, behaviorChanges: runtime, refactorings, unsupported, testChanges };
}

function isAnalyzable(file: ChangedFile): boolean {
  return (
    !file.binary &&
    !file.submodule &&
    isScriptFile(file.path) &&
    (file.oldPath === undefined || isScriptFile(file.oldPath))
  );
}

function unsupportedReason(file: ChangedFile): string {
  if (file.submodule) return 'submodule';
  if (file.binary) return 'binary file';
  return 'not TS/JS';
}

/** A moved or copied file changes the module path that importers and entry points name: not proven harmless. */
function movedFile(file: ChangedFile): BehaviorChange {
  const summary = `file ${file.status === 'copied' ? 'copied' : 'moved'} from ${file.oldPath ?? '?'}; module paths are not proven`;
  return { file: file.path, line: 1, endLine: 1, side: 'after', summary, reason: 'unproven' };
}
