import { alignBySimilarity } from './alignBySimilarity.js';
import { localUsage, similarity, type Usage } from './bindingUsage.js';
import type { ModuleSide } from './moduleSide.js';
import type { Binding, Scope } from './scopes.js';
import type { Unit } from './units.js';

/** The label of every local of each side: corresponding locals share one, whatever they are named. */
export interface LocalLabels {
  readonly before: ReadonlyMap<Binding, string>;
  readonly after: ReadonlyMap<Binding, string>;
}

/**
 * Labels locals so that a declaration inserted or removed does not shift the others. In each pair of
 * matched top-level statements, a local whose name the other side also declares at the same scope depth
 * is labelled by that name (`2:request`) when the name is declared there as often on both sides; the others, at each depth, are paired in order by how they are
 * used (`priced.total` ~ `pricing.total`; an equal name counts most) and share a pair label (`2~0`); the rest take their position
 * among their scope's remaining locals (`2.0`, the slot they had when nothing matched).
 *
 * Sound whatever the pairing: within a scope the labels are distinct (names are unique there, pair
 * numbers are used once, positions count), and depths tell the scopes of one chain apart, so two trees
 * equal under these labels are equal under a bijective renaming of locals: alpha-equivalent.
 */
export function correspondLocals(
  before: ModuleSide,
  after: ModuleSide,
  renames: ReadonlyMap<string, string>,
): LocalLabels {
  const labels = { before: new Map<Binding, string>(), after: new Map<Binding, string>() };
  let pairs = 0;
  for (const [b, a] of pairUnits(before.shape.units, after.shape.units, renames)) {
    // Same text, same scopes: the scope slots already correspond, and most statements of a changed file are like that.
    if (textOf(before, b) === textOf(after, a)) continue;
    const bUsage = localUsage(before.resolution, b.body);
    const aUsage = localUsage(after.resolution, a.body);
    nameShared(bUsage, aUsage, labels.before);
    nameShared(aUsage, bUsage, labels.after);
    for (const [depth, bList] of remainingByDepth(bUsage, labels.before)) {
      const aList = remainingByDepth(aUsage, labels.after).get(depth) ?? [];
      const similar = (x: [Binding, Usage], y: [Binding, Usage]) =>
        similarity(x[1], y[1]) + (x[0].name === y[0].name ? 1 : 0);
      for (const [i, j] of alignBySimilarity(bList, aList, similar)) {
        const label = `${depth}~${pairs++}`;
        labels.before.set((bList[i] as [Binding, Usage])[0], label);
        labels.after.set((aList[j] as [Binding, Usage])[0], label);
      }
    }
    numberTheRest(bUsage.keys(), labels.before);
    numberTheRest(aUsage.keys(), labels.after);
  }
  return labels;
}

function pairUnits(
  before: readonly Unit[],
  after: readonly Unit[],
  renames: ReadonlyMap<string, string>,
): [Unit, Unit][] {
  const anonymous = (u: Unit) => u.key.startsWith('(');
  const afterByKey = new Map(after.filter((u) => !anonymous(u)).map((u) => [u.key, u]));
  const pairs: [Unit, Unit][] = [];
  for (const unit of before.filter((u) => !anonymous(u))) {
    const match = afterByKey.get(unit.name !== undefined ? (renames.get(unit.name) ?? unit.key) : unit.key);
    if (match) pairs.push([unit, match]);
  }
  const free = after.filter(anonymous);
  for (const unit of before.filter(anonymous)) {
    const index = free.findIndex((a) => a.body.type === unit.body.type);
    if (index >= 0) pairs.push([unit, ...free.splice(index, 1)] as [Unit, Unit]);
  }
  return pairs;
}

/** Labels by name the locals whose name, at their depth, is declared as many times on both sides. */
function nameShared(
  own: ReadonlyMap<Binding, Usage>,
  other: ReadonlyMap<Binding, Usage>,
  into: Map<Binding, string>,
): void {
  const ownCounts = countNames(own.keys());
  const otherCounts = countNames(other.keys());
  for (const binding of own.keys()) {
    const label = nameLabel(binding);
    if (ownCounts.get(label) === otherCounts.get(label)) into.set(binding, label);
  }
}

function nameLabel(binding: Binding): string {
  return `${binding.scope.depth}:${binding.name}`;
}

function countNames(bindings: Iterable<Binding>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const binding of bindings) counts.set(nameLabel(binding), (counts.get(nameLabel(binding)) ?? 0) + 1);
  return counts;
}

function remainingByDepth(
  usage: ReadonlyMap<Binding, Usage>,
  labels: ReadonlyMap<Binding, string>,
): Map<number, [Binding, Usage][]> {
  const byDepth = new Map<number, [Binding, Usage][]>();
  for (const entry of usage) {
    if (labels.has(entry[0])) continue;
    const depth = entry[0].scope.depth;
    byDepth.set(depth, [...(byDepth.get(depth) ?? []), entry]);
  }
  return byDepth;
}

/** Every scope touched gets all its locals labelled: the unlabelled ones by position among themselves. */
function numberTheRest(bindings: Iterable<Binding>, labels: Map<Binding, string>): void {
  const scopes = new Set<Scope>();
  for (const binding of bindings) scopes.add(binding.scope);
  for (const scope of scopes) {
    let position = 0;
    for (const binding of scope.bindings.values()) {
      if (!labels.has(binding)) labels.set(binding, `${scope.depth}.${position++}`);
    }
  }
}

function textOf(side: ModuleSide, unit: Unit): string {
  return side.source.slice(unit.statement.start, unit.statement.end);
}
