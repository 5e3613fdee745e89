import { chooseStyle, specifierFor } from './specifiers.mjs';

/**
 * A planned source file of the generated tree: where it lives, what it exports, what it imports and
 * re-exports. Rendering it to text is `sourceText.mjs`'s job.
 * @typedef {object} PlannedModule
 * @property {string} path POSIX path from the tree root, ending in `.ts`
 * @property {string} kind `model`, `service`, `handler`, `barrel`, `lib`, ... (decides the code shape)
 * @property {string} symbol the function the module exports (empty for barrels)
 * @property {string} typeName the interface the module exports (empty for barrels)
 * @property {boolean} async whether `symbol` returns a promise
 * @property {number} lines how long the rendered file should be, roughly
 * @property {string} noun what the module is about, for names in its code (`order-item`)
 * @property {PlannedImport[]} imports
 * @property {PlannedReExport[]} reExports
 * @property {string[]} externals bare specifiers of packages and built-ins it imports
 */

/**
 * @typedef {object} PlannedImport
 * @property {PlannedModule} target
 * @property {'value' | 'type' | 'dynamic'} mode
 * @property {string} name the imported symbol or type
 * @property {boolean} async whether calling `name` returns a promise
 * @property {string} specifier
 */

/** @typedef {{ target: PlannedModule, specifier: string }} PlannedReExport */

/** Every planned module of a tree, with the bookkeeping that keeps paths and exported names unique. */
export class ModuleSet {
  /** @param {import('../common/random.mjs').SeededRandom} random */
  constructor(random) {
    this.random = random;
    /** @type {Map<string, PlannedModule>} */
    this.byPath = new Map();
    this.names = new Set();
  }

  /** Number of modules planned so far. */
  get size() {
    return this.byPath.size;
  }

  /** Whether a path is taken. */
  has(path) {
    return this.byPath.has(path);
  }

  /**
   * Plans a module; `symbol` and `typeName` get a numeric suffix if another module took them already.
   * @param {{ path: string, kind: string, symbol?: string, typeName?: string, async?: boolean, noun: string }} fields
   * @returns {PlannedModule}
   */
  add({ path, kind, symbol = '', typeName = '', async = false, noun }) {
    if (this.byPath.has(path)) throw new Error(`planned twice: ${path}`);
    const lines = kind === 'barrel' ? 0 : 40 + Math.floor(160 * this.random.next() ** 1.6);
    const module = {
      path,
      kind,
      symbol: this.#unique(symbol),
      typeName: this.#unique(typeName),
      async,
      lines,
      noun,
      imports: [],
      reExports: [],
      externals: [],
    };
    this.byPath.set(path, module);
    return module;
  }

  /** All modules, sorted by path. */
  list() {
    return [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  #unique(name) {
    if (name === '') return name;
    let candidate = name;
    for (let n = 2; this.names.has(candidate); n += 1) candidate = `${name}${n}`;
    this.names.add(candidate);
    return candidate;
  }
}

/**
 * Makes `from` import one value (or, with mode `type`, one type) that `target` exports or re-exports.
 * Does nothing when every such name is already imported or is `from`'s own.
 * @param {import('../common/random.mjs').SeededRandom} random
 * @param {PlannedModule} from
 * @param {PlannedModule} target
 * @param {'value' | 'type' | 'dynamic'} mode
 * @param {{ name?: string, style?: import('./specifiers.mjs').SpecifierStyle }} [choice] a fixed name or style
 */
export function addImport(random, from, target, mode, choice = {}) {
  if (from === target) return;
  const offered = mode === 'type' ? exposedTypes(target) : exposedValues(target);
  const candidates = offered.filter(
    (entry) => !isTaken(from, entry.name) && (!choice.name || entry.name === choice.name),
  );
  if (candidates.length === 0) return;
  const { name, async } = random.pick(candidates);
  const style = choice.style ?? chooseStyle(random, from.path, target.path);
  from.imports.push({ target, mode, name, async, specifier: specifierFor(from.path, target.path, style) });
}

/** Makes barrel `barrel` re-export everything from `target` (`export * from`). */
export function addReExport(random, barrel, target) {
  const style = random.chance(0.3) ? 'relative-bare' : 'relative';
  barrel.reExports.push({ target, specifier: specifierFor(barrel.path, target.path, style) });
}

function isTaken(module, name) {
  return name === module.symbol || name === module.typeName || module.imports.some((entry) => entry.name === name);
}

/** Values a module offers to importers: its own function, or for a barrel all that it re-exports. */
function exposedValues(module) {
  if (module.kind !== 'barrel') return [{ name: module.symbol, async: module.async }];
  return module.reExports.flatMap((entry) => exposedValues(entry.target));
}

/** Types a module offers to importers, likewise. */
function exposedTypes(module) {
  if (module.kind !== 'barrel') return [{ name: module.typeName, async: false }];
  return module.reExports.flatMap((entry) => exposedTypes(entry.target));
}
