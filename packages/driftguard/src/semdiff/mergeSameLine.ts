import type { Ancestor, Difference } from './locateDifference.js';

/** What merging reads: the line of an after-side offset. */
export interface Lines {
  lineOf(offset: number): number;
}

/**
 * Merges consecutive differences on one after-side line (in one symbol) into the innermost pair of
 * enclosing nodes that holds them all, when that pair fits on the line: `line => [line.sku, line.qty]`
 * became `({ sku, qty }) => [sku, qty]` is one change, not three. Nothing is dropped: the merged pair
 * covers every merged difference.
 */
export function mergeSameLine(differences: readonly Difference[], lines: Lines): Difference[] {
  const merged: Difference[] = [];
  let group: Difference[] = [];
  const flush = () => {
    if (group.length > 0) merged.push(...mergeGroup(group, lines));
    group = [];
  };
  for (const difference of differences) {
    const first = group[0];
    const line = lineOf(difference, lines);
    if (first && (line === undefined || line !== lineOf(first, lines) || first.symbol !== difference.symbol)) flush();
    group.push(difference);
  }
  flush();
  return merged;
}

function lineOf(difference: Difference, lines: Lines): number | undefined {
  const start = difference.after[0]?.node?.start ?? difference.anchor;
  return start === undefined ? undefined : lines.lineOf(start);
}

function mergeGroup(group: readonly Difference[], lines: Lines): Difference[] {
  const [first] = group;
  if (!first || group.length === 1) return [...group];
  let shared = first.ancestors.length;
  for (const difference of group) {
    let i = 0;
    while (i < shared && difference.ancestors[i] === first.ancestors[i]) i++;
    shared = i;
  }
  const pair: Ancestor | undefined = first.ancestors[shared - 1];
  const [before, after] = pair ?? [];
  const node = after?.node;
  if (!before || !after || !node || lines.lineOf(node.start) !== lines.lineOf(Math.max(node.start, node.end - 1))) {
    return [...group];
  }
  return [
    {
      before: [before],
      after: [after],
      anchor: node.start,
      symbol: first.symbol,
      ancestors: first.ancestors.slice(0, shared - 1),
    },
  ];
}
