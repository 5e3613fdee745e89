import { InputError } from '../errors/index.js';
import type { PrContract } from './model.js';
import { parsePrBody } from './parsePrBody.js';

/** What a `pull_request` event payload says about the contract: the body's contract and the PR's labels. */
export interface PullRequestEvent {
  /** Undefined when the pull request has no description (a null or blank `pull_request.body`). */
  readonly contract: PrContract | undefined;
  readonly labels: readonly string[];
}

/**
 * Reads a GitHub `pull_request` (or `pull_request_target`) event payload, as in `$GITHUB_EVENT_PATH`:
 * the contract from `pull_request.body`, labels from `pull_request.labels[].name`. Text that is not
 * JSON, or JSON without a `pull_request` object, is an InputError naming `shown` (the file).
 */
export function parsePullRequestEvent(json: string, shown = 'event payload'): PullRequestEvent {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError('intent/invalid-event', `${shown}: not JSON: ${reason}`);
  }
  const pr = isRecord(payload) ? payload.pull_request : undefined;
  if (!isRecord(pr)) {
    throw new InputError(
      'intent/invalid-event',
      `${shown}: no pull_request object; expected the payload of a pull_request event (GITHUB_EVENT_PATH)`,
    );
  }
  const labels = Array.isArray(pr.labels)
    ? pr.labels.flatMap((label) => (isRecord(label) && typeof label.name === 'string' ? [label.name] : []))
    : [];
  const body = typeof pr.body === 'string' ? pr.body : '';
  if (body.trim() === '') return { contract: undefined, labels };
  return { contract: parsePrBody(body, { source: 'event', labels }), labels };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
