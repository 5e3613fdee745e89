import { isBuiltin } from 'node:module';
import type { ImportGraph } from '../risk/index.js';
import { isInertConst } from './findMoves.js';
import type { ModuleSide } from './moduleSide.js';
import { isNode } from './syntaxRoles.js';

/**
 * What evaluating a module does when its own body runs nothing (hoisted functions, constant literal or
 * function values, export lists): it loads the modules it imports, and that is all. Returns their
 * identities (the resolved file, or `package:name` for a package; Node's built-ins are left out since
 * loading them runs none of the program's code), or undefined when the body runs code of its own.
 *
 * A module moved out of F into G can then be proven harmless to evaluate: if G loads only what F loaded,
 * an importer that evaluated F and now evaluates G loads the same modules. The order among them may
 * shift, as it does in any reorder of binding imports, which the semantic diff already treats as an
 * import reshuffle; side-effect imports (`import './x'`) are left out of this, since their order is
 * the point of writing them.
 */
export function moduleLoads(side: ModuleSide, path: string, graph: ImportGraph): Set<string> | undefined {
  if (!side.shape.units.every((u) => !u.evaluates || isInertConst(u.body))) return undefined;
  const loads = new Set<string>();
  for (const statement of side.shape.interfaceStatements) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.source) continue;
    const bindsNames = statement.type === 'ImportDeclaration' && (statement.specifiers as unknown[]).length > 0;
    const reexports = statement.type === 'ExportNamedDeclaration';
    if ((!bindsNames && !reexports) || !isNode(statement.source)) return undefined;
    const specifier = String(statement.source.value);
    if (isBuiltin(specifier)) continue;
    loads.add(graph.resolveFrom(path, specifier) ?? `package:${specifier}`);
  }
  return loads;
}

/** The specifiers a module imports or re-exports from, built-ins left out: the facts `moduleLoads` accounts for. */
export function loadedSpecifiers(side: ModuleSide): string[] {
  return side.shape.interfaceStatements.flatMap((statement) =>
    isNode(statement.source) && !isBuiltin(String(statement.source.value)) ? [String(statement.source.value)] : [],
  );
}

/** True when a file is absent on this side (added or deleted): no statements at all. */
export function isAbsent(side: ModuleSide): boolean {
  return side.shape.units.length === 0 && side.shape.interfaceStatements.length === 0;
}

/** Every element of `a` is in `b`. */
export function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].every((x) => b.has(x));
}
