import { posix } from 'node:path';

/**
 * How one module names another in an import: the mix a real TypeScript service has. `relative` and
 * `alias` end in `.js` (ESM style naming a `.ts` file); the `-bare` styles omit the extension and
 * name a barrel by its folder (`../services`, `@lib/keys`).
 * @typedef {'relative' | 'relative-bare' | 'alias' | 'alias-bare'} SpecifierStyle
 */

/** The tsconfig `paths` aliases of the generated tree. */
export const PATH_ALIASES = { '@lib/*': ['./src/lib/*'], '@app/*': ['./src/*'] };

/**
 * The specifier with which `fromPath` imports `targetPath` in the given style.
 * @param {string} fromPath POSIX path of the importing file, from the tree root
 * @param {string} targetPath POSIX path of the imported `.ts` file, from the tree root
 * @param {SpecifierStyle} style
 */
export function specifierFor(fromPath, targetPath, style) {
  const bare = style.endsWith('-bare');
  const withoutExtension = targetPath.replace(/\.ts$/, '');
  const named = bare ? withoutExtension.replace(/\/index$/, '') : `${withoutExtension}.js`;
  return style.startsWith('alias') ? aliasFor(named) : relativeFor(fromPath, named);
}

/** `src/lib/x` becomes `@lib/x`; any other `src/x` becomes `@app/x`. */
function aliasFor(path) {
  if (path.startsWith('src/lib/')) return `@lib/${path.slice('src/lib/'.length)}`;
  return `@app/${path.slice('src/'.length)}`;
}

function relativeFor(fromPath, path) {
  const relative = posix.relative(posix.dirname(fromPath), path);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * A plausible style for an import from `fromPath` to `targetPath`: aliases mostly for `src/lib` and
 * other features, relative paths inside a feature; about a third without an extension.
 * @param {import('../common/random.mjs').SeededRandom} random
 * @returns {SpecifierStyle}
 */
export function chooseStyle(random, fromPath, targetPath) {
  const suffix = random.chance(0.35) ? '-bare' : '';
  const intoLib = targetPath.startsWith('src/lib/') && !fromPath.startsWith('src/lib/');
  const acrossFeatures = topFolder(fromPath) !== topFolder(targetPath);
  const aliasChance = intoLib ? 0.75 : acrossFeatures ? 0.4 : 0.05;
  return `${random.chance(aliasChance) ? 'alias' : 'relative'}${suffix}`;
}

/** `src/orders/services/x.ts` -> `orders`; `src/lib/time/x.ts` -> `lib/time`. */
function topFolder(path) {
  const parts = path.split('/');
  return parts[1] === 'lib' ? `lib/${parts[2]}` : parts[1];
}
