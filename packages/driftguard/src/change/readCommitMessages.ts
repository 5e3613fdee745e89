import { gitEnvironment, gitOutput } from './gitProcess.js';
import type { Change } from './model.js';

/**
 * The messages of the commits a git change adds (`base..head`, newest first): where a change without a
 * pull request declares its contract in trailers. A directory change, or one without a base, has none.
 */
export async function readCommitMessages(change: Change, cwd: string): Promise<string[]> {
  if (change.source !== 'git' || change.baseRev === undefined || change.headRev === undefined) return [];
  const context = { cwd, env: gitEnvironment(process.env) };
  const output = await gitOutput(context, ['log', '--format=%B%x00', `${change.baseRev}..${change.headRev}`]);
  return output
    .toString('utf8')
    .split('\0')
    .map((message) => message.trim())
    .filter((message) => message !== '');
}
