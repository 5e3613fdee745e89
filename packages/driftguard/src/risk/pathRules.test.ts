import { describe, expect, it } from 'vitest';
import { compilePathRule } from './pathRules.js';

describe('path rules with explicit include and exclude lists', () => {
  const rule = compilePathRule(['src/payments/**', '**/*.sql'], ['**/*.test.ts', 'src/payments/fixtures/**']);

  it('names the first include pattern that matches', () => {
    expect(rule.match('src/payments/charge.ts')).toBe('src/payments/**');
    expect(rule.match('db/001.sql')).toBe('**/*.sql');
  });

  it('excludes a path that is both included and excluded, whatever the order', () => {
    expect(rule.match('src/payments/charge.test.ts')).toBeUndefined();
    expect(rule.match('src/payments/fixtures/card.json')).toBeUndefined();
  });

  it('matches dot files and dot directories', () => {
    expect(rule.match('src/payments/.env')).toBe('src/payments/**');
    expect(compilePathRule(['**/config/**']).test('.github/config/x.yml')).toBe(true);
  });

  it('matches nothing outside its includes', () => {
    expect(rule.test('src/orders/create.ts')).toBe(false);
    expect(compilePathRule([]).test('anything')).toBe(false);
  });
});
