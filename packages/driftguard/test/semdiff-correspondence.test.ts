import { describe, expect, it } from 'vitest';
import { semanticDiffSources } from '../src/index.js';

const diff = (before: string, after: string) => semanticDiffSources(before, after, { file: 'a.ts' });
const both = (x: string, y: string) => [diff(x, y), diff(y, x)];

describe('locals correspond across an inserted declaration', () => {
  const before = 'export function f(c) {\n  const { a, b } = c;\n  const p = g(b.x);\n  return p.y + a;\n}';
  const renamed = 'export function f(c) {\n  const { a, k, b } = c;\n  const q = g(b.x);\n  return q.y + a;\n}';
  it('an unused destructured name inserted before renamed locals is the only change', () => {
    const delta = diff(before, renamed);
    expect(delta.behaviorChanges.map((c) => c.line)).toEqual([2]);
    expect(delta.refactorings.find((r) => r.kind === 'rename')?.summary).toContain('p → q');
  });
  it('renames next to an inserted unused local are refactor-only', () => {
    const after =
      'export function f(c) {\n  const { a, b } = c;\n  const z = 1;\n  const q = g(b.x);\n  return q.y + a;\n}';
    expect(diff(before, after).verdict).toBe('refactor-only');
  });
  it('a real change next to the renames is still found at its line', () => {
    const after = 'export function f(c) {\n  const { a, k, b } = c;\n  const q = g(b.x);\n  return q.y - a;\n}';
    expect(diff(before, after).behaviorChanges.map((c) => c.line)).toEqual([2, 4]);
  });
  it('a removed declaration before renamed locals is the only change, the other way round', () => {
    const delta = diff(renamed, before);
    expect(delta.behaviorChanges.map((c) => c.line)).toEqual([2]);
    expect(delta.refactorings.find((r) => r.kind === 'rename')?.summary).toContain('q → p');
  });
  it('a rename next to an inserted local keeps a property it names: proven only when the key stays', () => {
    const x = 'export function f() {\n  const key = 2;\n  return { key };\n}';
    const kept = 'export function f() {\n  const m = 0;\n  const k = 2;\n  return { key: k };\n}';
    const lost = 'export function f() {\n  const m = 0;\n  const k = 2;\n  return { k };\n}';
    expect(diff(x, kept).verdict).toBe('refactor-only');
    expect(diff(x, kept).refactorings.find((r) => r.kind === 'rename')?.summary).toContain('key → k');
    const changed = diff(x, lost);
    expect(changed.verdict).toBe('behavior-change');
    expect(changed.behaviorChanges.map((c) => c.line)).toEqual([4]);
  });
});

describe('equivalent spellings', () => {
  it('an arrow expression body is a block returning it, both ways', () => {
    for (const delta of both('export const f = (x) => x + 1;', 'export const f = (x) => {\n  return x + 1;\n};'))
      expect(delta.verdict).toBe('refactor-only');
  });
  it('an arrow returning an object literal is not a block with a label', () => {
    for (const delta of both('export const f = (x) => ({ a: x });', 'export const f = (x) => { a: x };'))
      expect(delta.verdict).toBe('behavior-change');
    expect(diff('export const f = (x) => ({ a: x });', 'export const f = (x) => { return { a: x }; };').verdict).toBe(
      'refactor-only',
    );
  });
  it('braces around one statement of an if, else or loop body are format, both ways', () => {
    const x = 'export function f(c, xs) {\n  if (c) return 1;\n  else g();\n  for (const v of xs) h(() => v);\n}';
    const y =
      'export function f(c, xs) {\n  if (c) { return 1; } else { g(); }\n  for (const v of xs) { h(() => v); }\n}';
    for (const delta of both(x, y)) {
      expect(delta.verdict).toBe('refactor-only');
      expect(delta.refactorings.map((r) => r.kind)).toContain('format');
    }
  });
  it('a block holding a declaration keeps its braces', () => {
    const x = 'let v = 0;\nexport function f(c) {\n  if (c) { let v = 1; }\n  return v;\n}';
    const y = 'let v = 0;\nexport function f(c) {\n  if (c) v = 1;\n  return v;\n}';
    for (const delta of both(x, y)) expect(delta.verdict).toBe('behavior-change');
  });
});
