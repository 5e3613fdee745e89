import { buildGraphs, type RepositoryTrees } from './exportImporters.js';
import type { AnalyzedPair } from './findMoves.js';
import type { MoveHints } from './moveHints.js';
import { exportMoveCandidates, proveExportMove } from './proveExportMoves.js';
import { exportRenameCandidates, proveExportRename } from './proveExportRenames.js';

/**
 * Proves renames and moves of exported declarations against every importer in the repository (see
 * docs/semdiff.md, "Renaming or moving an export"), adding what each file's comparison must take into
 * account to `hints`. The repository's import graphs are built only when a candidate exists.
 */
export async function proveExportRelocations(
  pairs: readonly AnalyzedPair[],
  trees: RepositoryTrees,
  hints: Map<string, MoveHints>,
  isTest: (path: string) => boolean = () => false,
): Promise<void> {
  const renames = pairs.flatMap(exportRenameCandidates);
  const moves = exportMoveCandidates(pairs);
  if (renames.length === 0 && moves.length === 0) return;
  const graphs = await buildGraphs(pairs, trees, isTest);
  for (const rename of renames) await proveExportRename(rename, graphs, hints);
  for (const move of moves) await proveExportMove(move, graphs, hints);
}
