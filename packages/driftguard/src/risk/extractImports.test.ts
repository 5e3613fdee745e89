import { describe, expect, it } from 'vitest';
import { extractImports } from './extractImports.js';

const specifiersOf = (source: string, path = 'src/a.ts') => extractImports(path, source).specifiers;

describe('runtime imports a module makes', () => {
  it('keeps static, side-effect, namespace and default imports', () => {
    const source = [
      "import { a } from './a.js';",
      "import b from './b';",
      "import * as c from './c';",
      "import './side-effect';",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a.js', './b', './c', './side-effect']);
  });

  it('keeps re-exports and export-star barrels', () => {
    const source =
      "export * from './barrel';\nexport * as ns from './ns';\nexport { b } from './b';\nexport const local = 1;";
    expect(specifiersOf(source)).toEqual(['./barrel', './ns', './b']);
  });

  it('leaves out statement-level import type and export type', () => {
    const source = [
      "import type { T } from './t';",
      "import type D from './d';",
      "import type * as N from './n';",
      "export type { E } from './e';",
      "export type * from './all';",
      "import type Q = require('./q');",
    ].join('\n');
    expect(specifiersOf(source)).toEqual([]);
  });

  it('keeps imports whose specifiers are all inline types, because the statement still loads the module', () => {
    const source = "import { type A } from './a';\nexport { type B } from './b';";
    expect(specifiersOf(source)).toEqual(['./a', './b']);
  });

  it('reads `import type from` as a default import named type', () => {
    expect(specifiersOf("import type from './default';\nimport type, { x } from './both';")).toEqual([
      './default',
      './both',
    ]);
  });

  it('keeps import() with a string or plain template literal, not a computed one', () => {
    const source = [
      "await import('./lazy');",
      'await import(`./tpl`);',
      'await import(`./x/$' + '{name}`);',
      'import(name);',
    ];
    expect(specifiersOf(source.join('\n'))).toEqual(['./lazy', './tpl']);
  });

  it('decodes escapes in an import() literal', () => {
    expect(specifiersOf("await import('./\\u0061');")).toEqual(['./a']);
  });

  it('keeps require() with literal arguments and TS import-equals', () => {
    const source =
      "const a = require('./a');\nconst b = require(`./b`);\nrequire(dynamic);\nimport c = require('./c');";
    expect(specifiersOf(source)).toEqual(['./a', './b', './c']);
  });

  it('slices the right text after non-ASCII characters (spans are UTF-16 offsets)', () => {
    const source = "// héllo 😀 wörld — ünïcode\nconst s = 'ß😀';\nawait import('./after-unicode');";
    expect(specifiersOf(source)).toEqual(['./after-unicode']);
  });

  it('parses JSX in a .js file', () => {
    const found = extractImports('src/view.js', "import './style.css';\nexport const v = <div/>;\nimport('./lazy');");
    expect(found).toEqual({ specifiers: ['./style.css', './lazy'], recovered: false });
  });

  it('reads TS angle-bracket assertions in a .ts file', () => {
    expect(specifiersOf("import { x } from './x';\nconst y = <number>x;")).toEqual(['./x']);
  });

  it('falls back to a lexical scan after a syntax error, keeping every specifier it can see', () => {
    const found = extractImports('src/broken.ts', "import { a } from './a';\nconst x = 1 +;\nimport { b } from './b';");
    expect(found.recovered).toBe(true);
    expect(found.specifiers).toEqual(expect.arrayContaining(['./a', './b']));
  });

  it('lists each specifier once', () => {
    expect(specifiersOf("import { a } from './a';\nimport { b } from './a';\nexport * from './a';")).toEqual(['./a']);
  });

  it('finds imports deep in a file, past code that follows the header', () => {
    const source = [
      "import { a } from './a';",
      'export async function load(kind: string) {',
      "  if (kind === 'x') return import('./lazy-x');",
      "  const legacy = require('./legacy');",
      '  return legacy;',
      '}',
      'const note = `template {1} text`;',
      "await import('./last');",
      'export const after = 1;',
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a', './lazy-x', './last', './legacy']);
  });

  it('reads a header that ends inside a template literal from the whole file', () => {
    const source = "import { a } from './a';\nconst t = `\nimport './not-an-import';\n`;\nexport { t };";
    expect(extractImports('src/t.ts', source)).toEqual({ specifiers: ['./a'], recovered: false });
  });

  it('reads nothing from a file without import-like words', () => {
    expect(extractImports('src/const.ts', 'export const list = Array.from([1, 2]);')).toEqual({
      specifiers: [],
      recovered: false,
    });
  });
});
