import { posix } from 'node:path';

/**
 * The benchmark's second commit, a "cleanup" touching about `count` files: the deep key helper that
 * `src/orders/create.ts` reaches through `@lib/keys`, a new orders handler and the barrel that exports
 * it, a renamed test, a deleted test, and small edits to random modules.
 * @typedef {object} ChangeSet
 * @property {Map<string, string>} writes new text by path (added and modified files)
 * @property {string[]} deletes
 * @property {Array<[string, string]>} renames `[from, to]`
 * @property {import('./moduleSet.mjs').PlannedModule[]} headModules the plan as the head commit has it
 */

/** Files the change always contains besides the random edits. */
const FIXED_CHANGES = 5;

/**
 * @param {{ modules: import('./moduleSet.mjs').PlannedModule[], deepHelper: string }} plan
 * @param {Map<string, string>} texts the base tree's source text by path
 * @param {import('../common/random.mjs').SeededRandom} random
 * @param {number} count
 * @returns {ChangeSet}
 */
export function planChangeSet(plan, texts, random, count) {
  const writes = new Map();
  writes.set(plan.deepHelper, reviseSource(texts.get(plan.deepHelper)));
  const added = addHandler(plan, texts, writes);
  const tests = random.sample(
    plan.modules.filter((module) => module.kind === 'test').map((module) => module.path),
    2,
  );
  const renames = [[tests[0], tests[0].replace(/\.test\.ts$/, '.spec.ts')]];
  const deletes = [tests[1]];
  const editable = plan.modules.filter((module) => isEditable(module) && !writes.has(module.path));
  for (const module of random.sample(editable, Math.max(0, count - FIXED_CHANGES))) {
    writes.set(module.path, reviseSource(texts.get(module.path)));
  }
  const renamed = new Map(renames);
  const headModules = plan.modules
    .filter((module) => !deletes.includes(module.path))
    .map((module) => (module.path === added.barrel.path ? added.barrel : module))
    .map((module) => (renamed.has(module.path) ? { ...module, path: renamed.get(module.path) } : module))
    .concat(added.handler);
  return { writes, deletes, renames, headModules };
}

function isEditable(module) {
  return module.kind !== 'barrel' && module.kind !== 'test' && module.kind !== 'entry';
}

/** A behavior change the size of the incident's: the context the module builds gains a field. */
function reviseSource(text) {
  const revised = text.replace(
    /(const context: Record<string, unknown> = \{ \.\.\.input, source: '[^']*')/,
    '$1, revision: 2',
  );
  if (revised === text) throw new Error('no context line to revise');
  return revised;
}

/**
 * Copies an orders handler as `replay-order.ts` under new names, and exports it from the handlers
 * barrel. Returns both as planned modules, for the head's intended graph.
 */
function addHandler(plan, texts, writes) {
  const original = plan.modules.find(
    (module) => module.kind === 'handler' && module.path.startsWith('src/orders/handlers/'),
  );
  const handler = {
    ...original,
    path: posix.join(posix.dirname(original.path), 'replay-order.ts'),
    symbol: 'handleReplayOrder',
    typeName: 'ReplayOrderRequest',
  };
  writes.set(
    handler.path,
    texts
      .get(original.path)
      .replaceAll(original.symbol, handler.symbol)
      .replaceAll(original.typeName, handler.typeName),
  );
  const before = plan.modules.find((module) => module.path === 'src/orders/handlers/index.ts');
  const barrel = { ...before, reExports: [...before.reExports, { target: handler, specifier: './replay-order.js' }] };
  writes.set(barrel.path, `${texts.get(barrel.path)}export * from './replay-order.js';\n`);
  return { handler, barrel };
}
