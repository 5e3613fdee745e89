import { addImport, addReExport } from './moduleSet.mjs';
import { camelCase, pascalCase } from './names.mjs';
import { LIB_AREAS, LIB_SUBFOLDERS, LIB_VERBS, NODE_BUILTINS } from './vocabulary.mjs';

/**
 * The `src/lib/**` utilities of the generated service: one folder per area with a barrel
 * (`index.ts`), helpers at the top and in sub-folders up to two levels deep, and the key-derivation
 * chain that the benchmark's change reaches from `src/orders/create.ts`.
 * @typedef {object} LibArea
 * @property {string} name
 * @property {number} rank areas import only from areas of a lower rank
 * @property {string[]} nouns
 * @property {import('./moduleSet.mjs').PlannedModule} barrel
 * @property {import('./moduleSet.mjs').PlannedModule[]} helpers in creation order
 * @property {Map<string, import('./moduleSet.mjs').PlannedModule>} subBarrels by sub-folder
 */

/** The deep helper that the second commit changes (the incident's idempotency-key helper). */
export const DEEP_HELPER = 'src/lib/keys/internal/hash/canonical-digest.ts';

/**
 * Plans every area with its barrel, the key-derivation chain, and helpers up to `budget` modules.
 * @param {import('./moduleSet.mjs').ModuleSet} set
 * @returns {{ areas: LibArea[], keysDerive: import('./moduleSet.mjs').PlannedModule }}
 */
export function planLib(set, budget) {
  const start = set.size;
  const areas = LIB_AREAS.map(([name, nouns], rank) => ({
    name,
    rank,
    nouns,
    barrel: set.add({ path: `src/lib/${name}/index.ts`, kind: 'barrel', noun: name }),
    helpers: [],
    subBarrels: new Map(),
  }));
  const keys = areas.find((area) => area.name === 'keys');
  const digest = set.add({
    path: DEEP_HELPER,
    kind: 'lib',
    symbol: 'canonicalDigest',
    typeName: 'CanonicalDigestOptions',
    noun: 'digest',
  });
  const keysDerive = set.add({
    path: 'src/lib/keys/derive.ts',
    kind: 'lib',
    symbol: 'deriveKey',
    typeName: 'DeriveKeyOptions',
    noun: 'key',
  });
  keys.helpers.push(digest, keysDerive);
  addReExport(set.random, keys.barrel, keysDerive);
  growLib(set, { areas }, budget - (set.size - start));
  return { areas, keysDerive };
}

/** Adds `count` more helpers, spread over the areas. */
export function growLib(set, lib, count) {
  for (let n = 0; n < count; n += 1) addHelper(set, set.random.pick(lib.areas));
}

function addHelper(set, area) {
  const { random } = set;
  const base = `${random.pick(LIB_VERBS)}-${random.pick(area.nouns)}`;
  const folder = chooseFolder(random, area);
  let path = `src/lib/${area.name}/${folder}${base}.ts`;
  for (let n = 2; set.has(path); n += 1) path = `src/lib/${area.name}/${folder}${base}-${n}.ts`;
  const helper = set.add({
    path,
    kind: 'lib',
    symbol: camelCase(base),
    typeName: `${pascalCase(base)}Options`,
    noun: base,
  });
  area.helpers.push(helper);
  exposeHelper(set, area, helper, folder);
}

/** `''` (65%), one sub-folder (25%) or two levels (10%), with a trailing slash. */
function chooseFolder(random, area) {
  const roll = random.next();
  if (roll < 0.65) return '';
  const sub = random.pick(LIB_SUBFOLDERS);
  return roll < 0.9 ? `${sub}/` : `${sub}/${random.pick(area.nouns)}/`;
}

/** Re-exports a helper from its area barrel, or from its sub-folder's barrel; `internal/` stays private. */
function exposeHelper(set, area, helper, folder) {
  const { random } = set;
  if (folder === '') {
    if (random.chance(0.85)) addReExport(random, area.barrel, helper);
    return;
  }
  const sub = folder.split('/')[0];
  if (sub === 'internal') return;
  let subBarrel = area.subBarrels.get(sub);
  if (!subBarrel) {
    subBarrel = set.add({ path: `src/lib/${area.name}/${sub}/index.ts`, kind: 'barrel', noun: sub });
    area.subBarrels.set(sub, subBarrel);
    addReExport(random, area.barrel, subBarrel);
  }
  addReExport(random, subBarrel, helper);
}

/**
 * Gives every helper its imports: earlier helpers of its own area (relative paths), lower areas
 * (their barrel or a public helper, mostly through `@lib/*`), some `import type`, some built-ins.
 * @param {import('../common/random.mjs').SeededRandom} random
 */
export function wireLib(random, lib) {
  const keys = lib.areas.find((area) => area.name === 'keys');
  addImport(random, lib.keysDerive, keys.helpers[0], 'value', { style: 'relative' });
  for (const area of lib.areas) {
    for (const [index, helper] of area.helpers.entries()) wireHelper(random, lib, area, helper, index);
  }
}

function wireHelper(random, lib, area, helper, index) {
  for (const sibling of random.sample(area.helpers.slice(0, index), random.int(0, 2))) {
    addImport(random, helper, sibling, 'value', { style: random.chance(0.7) ? 'relative' : 'relative-bare' });
  }
  const lower = lib.areas.slice(0, area.rank);
  if (lower.length === 0) return;
  for (let n = random.int(0, 3); n > 0; n -= 1)
    addImport(random, helper, publicTarget(random, random.pick(lower)), 'value');
  if (random.chance(0.3)) addImport(random, helper, publicTarget(random, random.pick(lower)), 'type');
  if (random.chance(0.15)) helper.externals.push(random.pick(NODE_BUILTINS));
}

/**
 * What another part of the code imports from an area: its barrel, or one helper that is not under `internal/`.
 * @param {import('../common/random.mjs').SeededRandom} random
 * @param {LibArea} area
 */
export function publicTarget(random, area) {
  const visible = area.helpers.filter((helper) => !helper.path.includes('/internal/'));
  if (visible.length === 0 || random.chance(0.5)) return area.barrel;
  return random.pick(visible);
}
