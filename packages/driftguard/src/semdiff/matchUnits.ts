import type { CanonicalNode } from './canonicalTree.js';
import type { Unit } from './units.js';

/** A unit with its canonical form (undefined when TypeScript erases it). */
export interface CanonicalUnit {
  readonly unit: Unit;
  readonly canonical: CanonicalNode | undefined;
  /** Position among the module's units. */
  readonly index: number;
}

/** Units matched across the sides, and those found on one side only. */
export interface UnitMatching {
  readonly pairs: [CanonicalUnit, CanonicalUnit][];
  readonly removed: CanonicalUnit[];
  readonly added: CanonicalUnit[];
}

/**
 * Matches units by the names they declare (before-side names renamed first); statements that declare
 * nothing match by equal canonical form in order, then by position among the left-overs of one kind.
 */
export function matchUnits(
  before: readonly CanonicalUnit[],
  after: readonly CanonicalUnit[],
  renames: ReadonlyMap<string, string>,
): UnitMatching {
  const keyOf = (u: CanonicalUnit) =>
    u.unit.name !== undefined ? (renames.get(u.unit.name) ?? u.unit.key) : u.unit.key;
  const afterByKey = new Map(after.filter((u) => !isAnonymous(u)).map((u) => [u.unit.key, u]));
  const pairs: [CanonicalUnit, CanonicalUnit][] = [];
  const removed: CanonicalUnit[] = [];
  for (const unit of before.filter((u) => !isAnonymous(u))) {
    const match = afterByKey.get(keyOf(unit));
    if (match) {
      pairs.push([unit, match]);
      afterByKey.delete(match.unit.key);
    } else removed.push(unit);
  }
  const anonymous = matchAnonymous(before.filter(isAnonymous), after.filter(isAnonymous));
  pairs.push(...anonymous.pairs);
  removed.push(...anonymous.removed);
  return { pairs, removed, added: [...afterByKey.values(), ...anonymous.added] };
}

function isAnonymous(unit: CanonicalUnit): boolean {
  return unit.unit.key.startsWith('(');
}

function matchAnonymous(before: CanonicalUnit[], after: CanonicalUnit[]): UnitMatching {
  const pairs: [CanonicalUnit, CanonicalUnit][] = [];
  const free = new Set(after);
  const left: CanonicalUnit[] = [];
  for (const unit of before) {
    const match = [...free].find((a) => a.canonical?.id === unit.canonical?.id);
    if (match) {
      pairs.push([unit, match]);
      free.delete(match);
    } else left.push(unit);
  }
  const removed: CanonicalUnit[] = [];
  for (const unit of left) {
    const match = [...free].find((a) => a.unit.body.type === unit.unit.body.type);
    if (match) {
      pairs.push([unit, match]);
      free.delete(match);
    } else removed.push(unit);
  }
  return { pairs, removed, added: [...free] };
}
