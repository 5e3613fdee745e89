// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are TypeScript sources under test
import { describe, expect, it } from 'vitest';
import { type SemanticDelta, semanticDiffSources } from '../src/index.js';

function diff(before: string, after: string, file = 'module.ts'): SemanticDelta {
  return semanticDiffSources(before, after, { file });
}

function kinds(delta: SemanticDelta): string[] {
  return delta.refactorings.map((r) => r.kind);
}

function expectRefactoring(before: string, after: string, kind: string): void {
  const delta = diff(before, after);
  expect(delta.behaviorChanges).toEqual([]);
  expect(delta.verdict).toBe('refactor-only');
  expect(kinds(delta)).toContain(kind);
}

function expectBehaviorChange(before: string, after: string): SemanticDelta {
  const delta = diff(before, after);
  expect(delta.verdict).toBe('behavior-change');
  return delta;
}

describe('refactorings semdiff proves', () => {
  it('reformatting, semicolons, quotes, parentheses and trailing commas are formatting', () => {
    expectRefactoring(
      'export const a = [1,2]\nexport function f(x){return (x+1)}',
      'export const a = [1, 2,];\nexport function f(x) {\n  return x + 1;\n}\n',
      'format',
    );
  });

  it('a changed comment is a comment edit', () => {
    expectRefactoring('// old\nexport const a = 1;', '// new words\nexport const a = 1;', 'comment');
  });

  it('equal literal spellings are literal-spelling edits', () => {
    expectRefactoring("export const a = ['x', 1_000, 0x10];", 'export const a = [`x`, 1000, 16];', 'literal-spelling');
  });

  it('annotations, interfaces, type aliases, generics, as, satisfies and ! are type-only', () => {
    const before = 'export function f(x) { const y = x.v; return [y, g(y)]; }\nfunction g(v) { return v; }';
    const after = [
      'interface V { v: number }',
      'type N = number;',
      'export function f<T extends V>(x: T): unknown[] { const y = (x as V).v!; return [y satisfies N, g<N>(y)]; }',
      'function g<U>(v: U): U { return v; }',
    ].join('\n');
    expectRefactoring(before, after, 'type-only');
  });

  it('an added import type is type-only', () => {
    expectRefactoring(
      'export function f(x) { return x; }',
      "import type { A } from './a';\nexport function f(x: A) { return x; }",
      'type-only',
    );
  });

  it('renamed locals and parameters are renames', () => {
    expectRefactoring(
      'export function f(a) { const b = a * 2; return b; }',
      'export function f(input) { const twice = input * 2; return twice; }',
      'rename',
    );
  });

  it('a renamed module-private function that is only called is a rename', () => {
    expectRefactoring(
      'function g(x) { return x + 1; }\nexport const h = (y) => g(y);',
      'function inc(x) { return x + 1; }\nexport const h = (y) => inc(y);',
      'rename',
    );
  });

  it('a renamed module-private const is a rename', () => {
    expectRefactoring(
      'const LIMIT = 3;\nexport const ok = (n) => n < LIMIT;',
      'const MAX_TRIES = 3;\nexport const ok = (n) => n < MAX_TRIES;',
      'rename',
    );
  });

  it('a renamed local function that is only called is a rename', () => {
    expectRefactoring(
      'export function f() { const go = () => 1; return go(); }',
      'export function f() { const run = () => 1; return run(); }',
      'rename',
    );
  });

  it('a local function newly passed as a value under the same name is no change', () => {
    const delta = diff(
      'export function f(xs) { function inc(x) { return x + 1; } return xs.map((x) => inc(x)); }',
      'export function f(xs) { function inc(x) { return x + 1; } return xs.map((x) => inc(x)); /* same */ }',
    );
    expect(delta.verdict).toBe('refactor-only');
  });

  it('renamed #private members are renames', () => {
    expectRefactoring(
      'export class A { #n = 1; get() { return this.#n; } }',
      'export class A { #count = 1; get() { return this.#count; } }',
      'rename',
    );
  });

  it('a shorthand property keeps its key when the local is renamed with an explicit key', () => {
    expectRefactoring(
      'export function f(key) { return { key }; }',
      'export function f(k) { return { key: k }; }',
      'rename',
    );
  });

  it('reordered and merged binding imports are an import reshuffle', () => {
    expectRefactoring(
      "import { b } from './b';\nimport { a } from './a';\nimport { c } from './a';\nexport const x = a + b + c;",
      "import { a, c } from './a';\nimport { b } from './b';\nexport const x = a + b + c;",
      'import-reshuffle',
    );
  });

  it('a renamed import alias is a rename, not a change', () => {
    expectRefactoring(
      "import { a as x } from './a';\nexport const y = x();",
      "import { a } from './a';\nexport const y = a();",
      'import-reshuffle',
    );
  });

  it('an expression replaced by a call to a new function that returns it is extract-function', () => {
    expectRefactoring(
      'export function line(a, r) { const t = Math.round(a * r); return t; }',
      'function taxFor(a, r) { return Math.round(a * r); }\nexport function line(a, r) { const t = taxFor(a, r); return t; }',
      'extract-function',
    );
  });

  it('a built-in global passed as an argument to the extracted function is extract-function', () => {
    expectRefactoring(
      'export function rounded(a) { const t = Math.round(a); return t; }',
      'function roundWith(m, a) { return m.round(a); }\nexport function rounded(a) { const t = roundWith(Math, a); return t; }',
      'extract-function',
    );
  });

  it('a constant inlined out of a braced branch that then holds one statement is a refactoring', () => {
    const delta = diff(
      "export function check(k) { if (k) { const msg = 'bad key'; throw new Error(msg); } return k; }",
      "export function check(k) { if (k) throw new Error('bad key'); return k; }",
    );
    expect(delta.behaviorChanges).toEqual([]);
    expect(delta.verdict).toBe('refactor-only');
  });

  it('a call replaced by the body of the removed function is inline-function', () => {
    expectRefactoring(
      'function taxFor(a, r) { return Math.round(a * r); }\nexport function line(a, r) { const t = taxFor(a, r); return t; }',
      'export function line(a, r) { const t = Math.round(a * r); return t; }',
      'inline-function',
    );
  });
});

describe('what looks like a refactoring but is not', () => {
  it('a string that becomes a number is a behavior change', () => {
    expectBehaviorChange("export const a = '1000';", 'export const a = 1000;');
  });

  it('an added enum is not type-only', () => {
    expectBehaviorChange('export const a = 1;', 'export const a = 1;\nexport enum E { A }');
  });

  it('a changed enum member is not type-only', () => {
    expectBehaviorChange('export enum E { A = 1 }', 'export enum E { A = 2 }');
  });

  it('enum becoming const enum is not type-only', () => {
    expectBehaviorChange('export enum E { A = 1 }', 'export const enum E { A = 1 }');
  });

  it('an added decorator is not type-only', () => {
    expectBehaviorChange('export class A { m() {} }', 'export class A { @log m() {} }');
  });

  it('an added parameter decorator is not type-only', () => {
    expectBehaviorChange(
      'export class A { constructor(x: string) {} }',
      'export class A { constructor(@inject() x: string) {} }',
    );
  });

  it('dropping a parameter property is not type-only', () => {
    expectBehaviorChange(
      'export class A { constructor(private x: string) {} }',
      'export class A { constructor(x: string) {} }',
    );
  });

  it('a declared field becoming a real field is not type-only', () => {
    expectBehaviorChange('export class A { declare x: number; }', 'export class A { x: number; }');
  });

  it('a declare-only field change is type-only', () => {
    expectRefactoring('export class A { declare x: number; }', 'export class A { declare x: string; }', 'type-only');
  });

  it('a value import becoming import type drops a module evaluation', () => {
    const delta = expectBehaviorChange(
      "import { A } from './a';\nexport const f = (x: A) => x;",
      "import type { A } from './a';\nexport const f = (x: A) => x;",
    );
    expect(delta.behaviorChanges[0]?.summary).toContain('./a');
  });

  it('renaming a local that a shorthand property names changes the property', () => {
    const delta = expectBehaviorChange(
      'export function f(key) { return { key }; }',
      'export function f(id) { return { id }; }',
    );
    expect(delta.behaviorChanges[0]?.line).toBe(1);
  });

  it('renaming a local in shorthand destructuring reads another property', () => {
    expectBehaviorChange(
      'export function f(o) { const { a } = o; return a; }',
      'export function f(o) { const { b } = o; return b; }',
    );
  });

  it('renaming a function whose name is observable is a behavior change', () => {
    expectBehaviorChange(
      'export function f() { function g() {} return g; }',
      'export function f() { function h() {} return h; }',
    );
  });

  it('renaming a module-private function passed as a value is a behavior change', () => {
    const delta = expectBehaviorChange(
      'function g() {}\nexport const x = [g];',
      'function h() {}\nexport const x = [h];',
    );
    expect(delta.behaviorChanges.some((c) => c.reason === 'unproven')).toBe(true);
  });

  it('renaming a function expression renames its .name even when nothing references it', () => {
    expectBehaviorChange(
      'export const f = function g() { return 1; };',
      'export const f = function h() { return 1; };',
    );
  });

  it('renaming a class is a behavior change: instances expose constructor.name', () => {
    expectBehaviorChange(
      'class A {}\nexport const make = () => new A();',
      'class B {}\nexport const make = () => new B();',
    );
  });

  it('renaming a function used as a constructor is a behavior change', () => {
    expectBehaviorChange(
      'export function f() { function P() {} return new P(); }',
      'export function f() { function Q() {} return new Q(); }',
    );
  });

  it('a local arrow function held in a const keeps its name when passed as a value', () => {
    expectBehaviorChange(
      'export function f() { const go = () => 1; return [go]; }',
      'export function f() { const run = () => 1; return [run]; }',
    );
  });

  it('renaming a TypeScript private member renames a real property', () => {
    expectBehaviorChange(
      'export class A { private n = 1; get() { return this.n; } }',
      'export class A { private count = 1; get() { return this.count; } }',
    );
  });

  it('an ordinary function becoming an arrow changes this and arguments', () => {
    expectBehaviorChange('export const f = function () { return this; };', 'export const f = () => this;');
  });

  it('renaming an export is a behavior change (importers are not proven updated)', () => {
    expectBehaviorChange('export function f() { return 1; }', 'export function g() { return 1; }');
  });

  it('reordering side-effect imports changes evaluation order', () => {
    expectBehaviorChange(
      "import './a';\nimport './b';\nexport const x = 1;",
      "import './b';\nimport './a';\nexport const x = 1;",
    );
  });

  it('an extracted function whose body differs is a behavior change inside it', () => {
    const delta = expectBehaviorChange(
      'export function line(a, r) { const t = Math.round(a * r); return t; }',
      'function taxFor(a, r) {\n  return Math.floor(a * r);\n}\nexport function line(a, r) { const t = taxFor(a, r); return t; }',
    );
    expect(delta.behaviorChanges.map((c) => c.line)).toEqual([2]);
  });

  it('a global passed to an extracted function that assigns it, or a host global, is not proven', () => {
    // Inlined, the call reads as the original; but the argument was read before the assignment.
    expectBehaviorChange(
      'export function rounded(a, x) { const t = ((Math = x), Math.round(a)); return t; }',
      'function roundWith(m, a, x) { return (Math = x), m.round(a); }\nexport function rounded(a, x) { const t = roundWith(Math, a, x); return t; }',
    );
    // A call that runs before the global is read could reassign it.
    expectBehaviorChange(
      'export function rounded(a, reset) { const t = (reset(), Math.round(a)); return t; }',
      'function roundWith(m, a, reset) { return reset(), m.round(a); }\nexport function rounded(a, reset) { const t = roundWith(Math, a, reset); return t; }',
    );
    expectBehaviorChange(
      'export function now() { const t = performance.now(); return t; }',
      'function nowWith(p) { return p.now(); }\nexport function now() { const t = nowWith(performance); return t; }',
    );
  });

  it('a constant inlined out of a branch with another message, or leaving a declaration, is not a refactoring', () => {
    expectBehaviorChange(
      "export function check(k) { if (k) { const msg = 'bad key'; throw new Error(msg); } return k; }",
      "export function check(k) { if (k) throw new Error('bad keys'); return k; }",
    );
    expectBehaviorChange(
      'export function f(k) { { const n = 1; var m = n; } return m; }',
      'export function f(k) { var m = 2; return m; }',
    );
  });

  it('an extracted function that reads this is not proven', () => {
    expectBehaviorChange(
      'export const o = { v: 1, m() { return this.v + 1; } };',
      'function inc() { return this.v + 1; }\nexport const o = { v: 1, m() { return inc(); } };',
    );
  });

  it('reordering top-level statements that run is a behavior change', () => {
    expectBehaviorChange("console.log('a');\nconsole.log('b');", "console.log('b');\nconsole.log('a');");
  });
});

describe('behavior changes are located and described', () => {
  it('a changed operator is reported at its line with the enclosing function', () => {
    const delta = expectBehaviorChange(
      'export function canRetry(s, r) {\n  return s.retries < r;\n}',
      'export function canRetry(s, r) {\n  return s.retries <= r;\n}',
    );
    expect(delta.behaviorChanges).toEqual([
      {
        file: 'module.ts',
        line: 2,
        endLine: 2,
        side: 'after',
        symbol: 'canRetry',
        summary: 'operator < became <= in canRetry',
        reason: 'changed',
      },
    ]);
  });

  it('a changed template literal is quoted in the summary', () => {
    const delta = expectBehaviorChange(
      'export function key(a, b) { return `${a}:${b}`; }',
      'export function key(a, b) { return `${a}-${b}`; }',
    );
    expect(delta.behaviorChanges[0]?.summary).toBe('template literal `${a}:${b}` became `${a}-${b}` in key');
  });

  it('a removed call is named', () => {
    const delta = expectBehaviorChange(
      'export function create(o) {\n  audit(o);\n  return save(o);\n}',
      'export function create(o) {\n  return save(o);\n}',
    );
    expect(delta.behaviorChanges[0]?.summary).toBe('call to audit() removed in create');
    expect(delta.behaviorChanges[0]?.line).toBe(2);
  });

  it('swapped arguments are named', () => {
    const delta = expectBehaviorChange('export const f = (a, b) => g(a, b);', 'export const f = (a, b) => g(b, a);');
    expect(delta.behaviorChanges[0]?.summary).toContain('argument order changed in call to g()');
  });

  it('dropped optional chaining is named', () => {
    const delta = expectBehaviorChange('export const f = (a) => a?.b;', 'export const f = (a) => a.b;');
    expect(delta.behaviorChanges[0]?.summary).toContain('optional chaining dropped');
  });

  it('a file that does not parse is a parse-error behavior change, not a crash', () => {
    const delta = expectBehaviorChange('export const a = 1;', 'export const a = ;\n');
    expect(delta.behaviorChanges[0]).toMatchObject({ reason: 'parse-error', line: 1, side: 'after' });
  });

  it('identical sources are identical', () => {
    expect(diff('export const a = 1;', 'export const a = 1;').verdict).toBe('identical');
  });

  it('offsets are UTF-16: a line after astral characters is still right', () => {
    const delta = expectBehaviorChange(
      "const s = '😀😀';\nexport const f = (a) => a + 1;",
      "const s = '😀😀';\nexport const f = (a) => a - 1;",
    );
    expect(delta.behaviorChanges[0]?.line).toBe(2);
  });
});

describe('template literals by the string they build', () => {
  it('a substitution of a string literal is folded into the text', () => {
    const delta = diff('export const f = (x) => `ord_${x}`;', "export const f = (x) => `${'ord_'}${x}`;");
    expect(delta.verdict).toBe('refactor-only');
  });

  it('a tagged template is compared as written: the tag sees raw strings', () => {
    const delta = diff('export const a = String.raw`a\\n`;', 'export const a = String.raw`a\\x0a`;');
    expect(delta.verdict).toBe('behavior-change');
  });

  it('a tagged template keeps its parts: a folded literal would change what the tag receives', () => {
    const delta = diff('export const a = tag`a${x}`;', "export const a = tag`${'a'}${x}`;");
    expect(delta.verdict).toBe('behavior-change');
  });
});
