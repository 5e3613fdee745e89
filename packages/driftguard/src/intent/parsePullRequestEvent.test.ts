import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/index.js';
import { parsePullRequestEvent } from './parsePullRequestEvent.js';

const event = (pullRequest: unknown) => JSON.stringify({ action: 'opened', number: 7, pull_request: pullRequest });

describe('parsePullRequestEvent', () => {
  it('reads the contract from pull_request.body and the labels by name', () => {
    const { contract, labels } = parsePullRequestEvent(
      event({ body: '## Intent\r\nRetry once.', labels: [{ name: 'ai-assisted', color: 'fff' }, { id: 3 }] }),
    );
    expect(labels).toEqual(['ai-assisted']);
    expect(contract?.intent).toMatchObject({ value: 'Retry once.', source: 'event' });
    expect(contract?.labels).toEqual(['ai-assisted']);
  });

  it('gives no contract for a pull request without a description', () => {
    expect(parsePullRequestEvent(event({ body: null, labels: [] }))).toEqual({ contract: undefined, labels: [] });
    expect(parsePullRequestEvent(event({ body: '  \n' })).contract).toBeUndefined();
  });

  it('names the file in one line for text that is not a pull_request payload', () => {
    const notJson = () => parsePullRequestEvent('{ nope', 'event.json');
    expect(notJson).toThrow(InputError);
    expect(notJson).toThrow(/^event\.json: not JSON: /);
    expect(() => parsePullRequestEvent('{"action":"push"}', 'event.json')).toThrow(
      'event.json: no pull_request object; expected the payload of a pull_request event (GITHUB_EVENT_PATH)',
    );
  });
});
