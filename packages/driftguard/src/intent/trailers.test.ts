import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isolatedGitEnv } from '../../test/support/isolatedGitEnv.js';
import { parseTrailers } from './trailers.js';

/** What `git interpret-trailers --parse` makes of a message, as `Key: value` lines. */
function gitTrailers(message: string): string[] {
  const output = execFileSync('git', ['interpret-trailers', '--parse'], {
    input: message,
    cwd: tmpdir(),
    env: isolatedGitEnv(),
    encoding: 'utf8',
  });
  return output.split('\n').filter((line) => line !== '');
}

const MESSAGES: Record<string, string> = {
  'a plain trailer block': 'Retry captures\n\nBody.\n\nIntent: retry once\nNon-goals: no new endpoints\n',
  'continuation lines': 'Title\n\nIntent: retry captures\n  with the same key\n\tand nothing else\nChange-type: fix\n',
  'a title alone': 'Intent: this is the title\n',
  'a title paragraph of trailers': 'Intent: x\nChange-type: fix\n',
  'prose mixed with trailers': 'Title\n\nSome prose here.\nIntent: x\n',
  'prose with a Signed-off-by (25% rule)':
    'Title\n\nprose one\nprose two\nIntent: x\nSigned-off-by: A <a@example.com>\n',
  'too much prose for 25%': 'Title\n\np1\np2\np3\np4\np5\nSigned-off-by: A <a@example.com>\n',
  'comment lines': 'Title\n\n# a comment\nIntent: x\n# another\nScope: src/**\n',
  'a patch divider': 'Title\n\nIntent: x\n---\n src/a.ts | 2 +-\n\nNot-a-trailer: y\n',
  'trailing blank lines': 'Title\n\nIntent: x\n\n\n   \n',
  'blank before the separator': 'Title\n\nIntent : x\nCo-authored-by : Claude <noreply@anthropic.com>\n',
  'a URL line': 'Title\n\nhttps://example.com/issue/1\n',
  'an earlier paragraph of trailers': 'Title\n\nIntent: x\n\nJust prose at the end.\n',
  CRLF: 'Title\r\n\r\nIntent: x\r\nChange-type: fix\r\n',
};

describe('parseTrailers', () => {
  it.each(Object.entries(MESSAGES))('agrees with git interpret-trailers on %s', (_, message) => {
    const ours = parseTrailers(message).map((trailer) => `${trailer.key}: ${trailer.value}`);
    expect(ours).toEqual(gitTrailers(message.replace(/\r\n/g, '\n')));
  });

  it('says on which line each trailer starts', () => {
    expect(parseTrailers(MESSAGES['continuation lines']!)).toEqual([
      { key: 'Intent', value: 'retry captures with the same key and nothing else', line: 3 },
      { key: 'Change-type', value: 'fix', line: 6 },
    ]);
  });
});
