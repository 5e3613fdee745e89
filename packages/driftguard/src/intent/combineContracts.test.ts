import { describe, expect, it } from 'vitest';
import { combineContracts } from './combineContracts.js';
import { parseCommitTrailers } from './parseCommitTrailers.js';
import { parsePrBody } from './parsePrBody.js';

describe('combineContracts', () => {
  it('takes each section from the first contract that declares it, and AI signals from all', () => {
    const body = parsePrBody('## Intent\nRetry once.\n## Change type\nchore');
    const trailers = parseCommitTrailers(
      'x\n\nIntent: from the commit\nChange-type: fix\nCo-authored-by: Claude <noreply@anthropic.com>\n',
    );
    const combined = combineContracts(body, trailers);
    expect(combined?.source).toBe('pr-body');
    expect(combined?.intent).toMatchObject({ value: 'Retry once.', source: 'pr-body' });
    expect(combined?.changeType).toMatchObject({ value: ['fix'], source: 'trailers' });
    expect(combined?.problems).toEqual([]);
    expect(combined?.aiSignals.map((signal) => signal.kind)).toEqual(['co-authored-by']);
  });

  it('stays undefined when there is no contract at all', () => {
    expect(combineContracts(undefined, undefined)).toBeUndefined();
    expect(combineContracts()).toBeUndefined();
  });
});
