import { describe, expect, it } from 'vitest';
import { bracesBalance, importRegionEnd } from './importRegion.js';

describe('the region of a source that can hold runtime imports', () => {
  it('is empty when no import-like word appears', () => {
    expect(importRegionEnd('export const a = Array.from([1]);\n')).toBe(0);
  });

  it('ends at the line of the last import statement', () => {
    const source = "import { a } from './a';\nimport './b';\nexport const x = a;\n";
    expect(source.slice(0, importRegionEnd(source))).toBe("import { a } from './a';\nimport './b';");
  });

  it('reaches the specifier of a multi-line import', () => {
    const source = "import {\n  a,\n  b,\n} from\n  './ab';\nconst x = 1;\n";
    expect(source.slice(0, importRegionEnd(source))).toBe("import {\n  a,\n  b,\n} from\n  './ab';");
  });

  it('reaches a dynamic import or require deep in the file', () => {
    const source = "import './a';\nfunction f() {\n  return require(\n    './late'\n  );\n}\n";
    expect(source.slice(0, importRegionEnd(source))).toContain("'./late'");
  });

  it('runs to the end when no string follows the last import-like word', () => {
    const source = "import './a';\nconst url = import.meta.url;\n";
    expect(importRegionEnd(source)).toBe(source.length);
  });
});

describe('the brace balance guess', () => {
  it('tells a closed prefix from one inside a block', () => {
    expect(bracesBalance("import { a } from './a';")).toBe(true);
    expect(bracesBalance("function f() {\n  import('./a');")).toBe(false);
  });
});
