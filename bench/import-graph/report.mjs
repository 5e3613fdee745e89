import { availableParallelism } from 'node:os';
import { align } from '../common/table.mjs';

/**
 * The printed result of the import-graph benchmark: one table of timings and graph sizes, the ratios,
 * the issue's targets with PASS/MISS, the sanity checks, and how to rerun.
 * @typedef {{ name: string, ok: true, result: { label: string, version: string, warmups: number[], times: number[],
 *   counts: Record<string, any> } } | { name: string, ok: false, error: string }} ToolOutcome
 */

/** The issue's targets. */
export const TARGETS = { speedupOverDependencyCruiser: 5, classifyMs: 2000, classifyFiles: 5000 };

/**
 * @param {import('./generateTree.mjs').GeneratedTree} tree
 * @param {ToolOutcome[]} outcomes
 * @param {{ runs: number, warmups: number, seed: number, keepTree: boolean }} settings
 * @returns {string}
 */
export function renderReport(tree, outcomes, settings) {
  const byName = new Map(outcomes.map((outcome) => [outcome.name, outcome]));
  const median = (name) => (byName.get(name)?.ok ? middle(byName.get(name).result.times) : undefined);
  const lines = [
    '',
    `import-graph: ${count(tree.files)}-file generated TypeScript service (seed ${settings.seed}), ${tree.changedFiles} files changed in base..head`,
    `Node ${process.version}, ${availableParallelism()} CPUs; ${settings.warmups} warm-up + ${settings.runs} measured runs per tool, each tool in its own process, cwd = the tree`,
    '',
    ...table(outcomes, tree),
    '',
    ...ratios(median),
    '',
    ...targets(median, tree.files),
    '',
    ...sanity(outcomes, tree),
    '',
    `Tree: ${tree.root} (${tree.base.slice(0, 7)}..${tree.head.slice(0, 7)}), ${settings.keepTree ? 'kept' : 'removed after the run'}`,
    `Rerun: npm run bench -- import-graph   (env: BENCH_RUNS=${settings.runs} BENCH_FILES=${tree.files} BENCH_SEED=${settings.seed}, BENCH_KEEP_TREE=1 keeps the tree)`,
    '',
  ];
  return lines.join('\n');
}

function table(outcomes, tree) {
  const header = ['tool', 'version', 'first run', 'median', 'min', 'modules', 'runtime edges', 'type-only edges'];
  const rows = outcomes.map((outcome) => {
    if (!outcome.ok) return [outcome.name, '', 'FAILED', '', '', '', '', ''];
    const { label, version, warmups, times, counts } = outcome.result;
    return [
      label,
      version,
      ms(warmups[0]),
      ms(middle(times)),
      ms(Math.min(...times)),
      count(counts.modules),
      count(counts.runtimeEdges),
      count(counts.typeOnlyEdges),
    ];
  });
  const { modules, runtimeEdges, typeOnlyEdges } = tree.intended;
  rows.push(["generator's plan (truth)", '', '', '', '', count(modules), count(runtimeEdges), count(typeOnlyEdges)]);
  return align([header, ...rows], [false, false, true, true, true, true, true, true]);
}

function ratios(median) {
  const lines = ['Ratios (median / median):'];
  for (const peer of ['dependency-cruiser', 'madge']) {
    const parts = ['driftguard-graph', 'driftguard-classify'].map((ours) => {
      const value = median(peer) && median(ours) ? `${(median(peer) / median(ours)).toFixed(1)}x` : 'n/a';
      return `${value} (vs ours ${ours === 'driftguard-graph' ? 'graph only' : 'classify'})`;
    });
    lines.push(`  ${`${peer} / ours`.padEnd(26)} ${parts.join('   ')}`);
  }
  return lines;
}

function targets(median, files) {
  const classify = median('driftguard-classify');
  const speedup = median('dependency-cruiser') && classify ? median('dependency-cruiser') / classify : undefined;
  const verdict = (pass) => (pass === undefined ? 'n/a ' : pass ? 'PASS' : 'MISS');
  const sizeNote = files === TARGETS.classifyFiles ? '' : ` (this tree has ${count(files)} files)`;
  return [
    'Targets (issue 2, item 8):',
    `  ${verdict(speedup && speedup >= TARGETS.speedupOverDependencyCruiser)}  >= ${TARGETS.speedupOverDependencyCruiser}x faster than dependency-cruiser: ${speedup ? `${speedup.toFixed(1)}x` : 'n/a'} (our whole classify against its graph alone)`,
    `  ${verdict(classify && classify < TARGETS.classifyMs)}  ${count(TARGETS.classifyFiles)}-file tree classified in < 2 s: ${classify ? ms(classify) : 'n/a'} median, reading the change included${sizeNote}`,
  ];
}

function sanity(outcomes, tree) {
  const lines = ['Sanity:'];
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      lines.push(
        `  ${outcome.name}: FAILED`,
        ...outcome.error
          .split('\n')
          .slice(0, 8)
          .map((line) => `    ${line}`),
      );
      continue;
    }
    const { label, counts } = outcome.result;
    if (counts.changedFiles !== undefined) lines.push(`  ${label}: ${classifyLine(counts, tree.deepHelper)}`);
    if (counts.runtimeEdges !== undefined) lines.push(`  ${label}: ${graphLine(counts, tree.intended)}`);
  }
  return lines;
}

function classifyLine(counts, deepHelper) {
  const chain = counts.deepHelperChain.length > 0 ? counts.deepHelperChain.join(' -> ') : 'NOT REACHED';
  return `${counts.filesAtRisk} of ${counts.changedFiles} changed files at risk (${counts.risks.join(', ') || 'none'}); ${deepHelper} is ${counts.deepHelperRisk ?? 'no'} risk via ${chain}`;
}

function graphLine(counts, intended) {
  const off = (found, planned) =>
    found === planned ? 'as planned' : `${found > planned ? '+' : ''}${count(found - planned)} vs plan`;
  const parts = [
    `modules ${off(counts.modules, intended.modules)}`,
    `runtime edges ${off(counts.runtimeEdges, intended.runtimeEdges)}`,
  ];
  if (counts.typeOnlyEdges !== undefined)
    parts.push(`type-only edges ${off(counts.typeOnlyEdges, intended.typeOnlyEdges)}`);
  if (counts.unresolved?.length) parts.push(`unresolved: ${counts.unresolved.join(', ')}`);
  return parts.join('; ');
}

function middle(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

function ms(value) {
  return value === undefined ? '' : `${Math.round(value).toLocaleString('en-US')} ms`;
}

function count(value) {
  return value === undefined ? '-' : value.toLocaleString('en-US');
}
