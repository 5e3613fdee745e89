import { type CanonicalContext, canonicalize } from './canonicalize.js';
import type { Interner } from './canonicalTree.js';
import type { ModuleSide } from './moduleSide.js';
import type { Unit } from './units.js';

/** A module-private declaration renamed between the two sides. */
export interface UnitRename {
  readonly from: string;
  readonly to: string;
  /** True when the declaration holds a function or class whose name is read (`f.name`, passed as a value). */
  readonly nameObservable: boolean;
}

/**
 * Pairs module-private declarations present on one side only: first those equal up to their own name,
 * then the rest in order when their statement kinds agree. A pairing is a hypothesis that the full
 * comparison then checks: a wrong pair can only surface as a behavior change, never hide one.
 */
export function pairRenamedUnits(
  interner: Interner,
  before: ModuleSide,
  after: ModuleSide,
  movedOut: ReadonlySet<string>,
): UnitRename[] {
  const beforeOnly = privateSingles(before, after).filter((u) => !movedOut.has(u.name ?? ''));
  const afterOnly = privateSingles(after, before);
  if (beforeOnly.length === 0 || afterOnly.length === 0) return [];
  const masked = (side: ModuleSide, unit: Unit) =>
    canonicalize(maskContext(interner, side, unit.name ?? ''), unit.body)?.id ?? -1;
  const afterIds = new Map(afterOnly.map((u) => [masked(after, u), u]));
  const pairs: [Unit, Unit][] = [];
  const left: Unit[] = [];
  for (const unit of beforeOnly) {
    const match = afterIds.get(masked(before, unit));
    if (match) {
      pairs.push([unit, match]);
      afterIds.delete(masked(after, match));
    } else left.push(unit);
  }
  const right = afterOnly.filter((u) => !pairs.some(([, a]) => a === u));
  left.forEach((unit, i) => {
    const other = right[i];
    if (other && other.body.type === unit.body.type && left.length === right.length) pairs.push([unit, other]);
  });
  return pairs.map(([b, a]) => rename(before, after, b, a));
}

function rename(before: ModuleSide, after: ModuleSide, b: Unit, a: Unit): UnitRename {
  const from = b.name ?? '';
  const to = a.name ?? '';
  const observable = (side: ModuleSide, name: string) => {
    const binding = side.resolution.moduleScope.bindings.get(name);
    return binding?.holdsFunction === true && binding.readAsValue;
  };
  return { from, to, nameObservable: observable(before, from) || observable(after, to) };
}

function maskContext(interner: Interner, side: ModuleSide, name: string): CanonicalContext {
  return { interner, resolution: side.resolution, renames: new Map([[name, '⊙']]) };
}

/**
 * Single-name units not exported by their declaration whose name the other side does not declare. A
 * unit exported through `export { local as name }` qualifies: the export facts compare the exported name.
 */
function privateSingles(side: ModuleSide, other: ModuleSide): Unit[] {
  const otherKeys = new Set(other.shape.units.map((u) => u.key));
  return side.shape.units.filter((u) => u.name !== undefined && !otherKeys.has(u.key) && u.statement === u.body);
}
