import { describe, expect, it } from 'vitest';
import { changeTypeOf } from './changeTypes.js';
import { parsePrBody } from './parsePrBody.js';

describe('change types', () => {
  it.each([
    ['fix', 'fix'],
    ['Bug fix', 'fix'],
    ['bugfix', 'fix'],
    ['🐛 Bug fix (non-breaking change which fixes an issue)', 'fix'],
    ['New feature (non-breaking change which adds functionality)', 'feature'],
    ['feat', 'feature'],
    ['Refactoring', 'refactor'],
    ['refactor only', 'refactor'],
    ['Pure refactor: no behavior change', 'refactor'],
    ['chore(deps)', 'deps'],
    ['chore(deps): bump zod from 3.23 to 4.0', 'deps'],
    ['Dependencies', 'deps'],
    ['dependency upgrade', 'deps'],
    ['Code style', 'style'],
    ['formatting', 'style'],
    ['Tests', 'test'],
    ['Documentation', 'docs'],
    ['DB migration', 'migration'],
    ['Configuration', 'config'],
  ])('reads "%s" as %s', (phrase, type) => {
    expect(changeTypeOf(phrase)).toBe(type);
  });

  it.each([
    'Breaking change (fix or feature that would cause existing functionality to not work as expected)',
    'This change requires a documentation update',
    'not a refactor',
    'chore',
    'perf',
  ])('does not guess a type from "%s"', (phrase) => {
    expect(changeTypeOf(phrase)).toBeUndefined();
  });

  it('takes only the ticked boxes of a checklist, in template order', () => {
    const body = '## Change type\n- [ ] fix\n- [x] style\n- [X] Refactoring\n- [ ] feature';
    expect(parsePrBody(body).changeType?.value).toEqual(['refactor', 'style']);
  });

  it('splits a line that names several types', () => {
    expect(parsePrBody('## Change type\nfix, refactor and docs').changeType?.value).toEqual([
      'fix',
      'refactor',
      'docs',
    ]);
    expect(parsePrBody('## Change type\nfix / deps').changeType?.value).toEqual(['fix', 'deps']);
  });

  it('reports a written Change type it cannot read as a problem, not as a type', () => {
    const contract = parsePrBody('## Change type\nchore');
    expect(contract.changeType).toBeUndefined();
    expect(contract.problems).toEqual([
      {
        section: 'change-type',
        message:
          'it names "chore", which is none of fix, feature, refactor, style, deps, test, docs, migration, config',
      },
    ]);
  });
});
