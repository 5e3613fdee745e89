import type { RefactoringKind } from '../../semdiff/model.js';
import { isLockfile } from '../dependencyBumps.js';
import { listSome, riskField } from '../findingPlace.js';
import type { IntentFacts } from '../intentFacts.js';
import type { DraftFinding } from '../intentInput.js';

type Concern = 'behavior change' | 'refactor' | 'formatting' | 'dependency upgrade';

/** Refactoring kinds that are formatting: a file with only these is a style change. */
const FORMATTING: ReadonlySet<RefactoringKind> = new Set(['format', 'comment']);

const ORDER: readonly Concern[] = ['behavior change', 'refactor', 'formatting', 'dependency upgrade'];

/**
 * `intent/mixed-concerns`: files that carry a risk category hold more than one kind of change among
 * behavior changes (fix/feature), proven refactorings other than formatting, format-only files, and
 * dependency upgrades (package.json dependency changes, or lockfile changes). Each kind deserves its
 * own review, and a behavior change hides best among the others.
 */
export function mixedConcerns(facts: IntentFacts): DraftFinding[] {
  const risky = new Set(facts.riskyFiles);
  if (risky.size === 0) return [];
  const found = new Map<Concern, { examples: string[]; risks: Set<string> }>();
  const note = (concern: Concern, example: string, file: string): void => {
    const entry = found.get(concern) ?? { examples: [], risks: new Set<string>() };
    if (!entry.examples.includes(example)) entry.examples.push(example);
    for (const risk of facts.risksOf(file)) entry.risks.add(risk);
    found.set(concern, entry);
  };
  const bumps = (facts.dependencyBumps ?? []).filter((bump) => risky.has(bump.file));
  const dependencyFiles = new Set([...bumps.map((bump) => bump.file), ...[...risky].filter(isLockfile)]);
  for (const bump of bumps)
    note('dependency upgrade', `${bump.name} ${bump.from ?? 'added'} → ${bump.to ?? 'removed'}`, bump.file);
  for (const path of [...risky].filter(isLockfile)) note('dependency upgrade', path, path);
  const behaviorFiles = new Set<string>();
  for (const change of facts.behaviorChanges) {
    if (!risky.has(change.file) || dependencyFiles.has(change.file)) continue;
    behaviorFiles.add(change.file);
    note('behavior change', change.side === 'after' ? `${change.file}:${change.line}` : change.file, change.file);
  }
  for (const [file, kinds] of refactoringKinds(facts)) {
    if (!risky.has(file)) continue;
    const structural = kinds.filter((kind) => !FORMATTING.has(kind));
    if (structural.length > 0) note('refactor', `${file}: ${structural.join(', ')}`, file);
    else if (!behaviorFiles.has(file)) note('formatting', file, file);
  }
  if (found.size < 2) return [];
  const concerns = ORDER.filter((concern) => found.has(concern));
  const parts = concerns.map((concern) => `${concern} (${listSome(found.get(concern)!.examples, 2)})`);
  return [
    {
      code: 'intent/mixed-concerns',
      message: `one PR bundles ${parts.join(', ')} in files that carry a risk: split it into one PR per kind of change, so each is reviewed for what it is and no behavior change hides among the others`,
      ...riskField(concerns.flatMap((concern) => [...found.get(concern)!.risks])),
    },
  ];
}

function refactoringKinds(facts: IntentFacts): Map<string, RefactoringKind[]> {
  const byFile = new Map<string, RefactoringKind[]>();
  for (const refactoring of facts.refactorings) {
    byFile.set(refactoring.file, [...(byFile.get(refactoring.file) ?? []), refactoring.kind]);
  }
  return byFile;
}
