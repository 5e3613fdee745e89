import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, workflowCommand } from './workflowCommand.js';

describe('workflow command escaping', () => {
  it('escapes percent, carriage return and line feed in the message, percent first', () => {
    expect(escapeCommandData('100%\r\nnext %0A')).toBe('100%25%0D%0Anext %250A');
  });

  it('leaves colons and commas in the message alone', () => {
    expect(escapeCommandData('a: b, c :: d')).toBe('a: b, c :: d');
  });

  it('also escapes colons and commas in property values', () => {
    expect(escapeCommandProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('keeps a message with newlines and "::" on one line, so it cannot start another command', () => {
    const line = workflowCommand('error', { file: 'a.ts' }, 'oops\n::warning::injected');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('::error file=a.ts::oops%0A::warning::injected');
  });

  it('writes properties in order and leaves out undefined ones', () => {
    expect(workflowCommand('notice', { file: 'a,b.ts', line: 3, endLine: undefined, title: 'x: y' }, 'm')).toBe(
      '::notice file=a%2Cb.ts,line=3,title=x%3A y::m',
    );
    expect(workflowCommand('warning', {}, 'm')).toBe('::warning::m');
  });
});
