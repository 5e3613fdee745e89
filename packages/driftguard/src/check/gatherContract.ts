import {
  combineContracts,
  type PrContract,
  parseCommitTrailers,
  parsePrBody,
  parsePullRequestEvent,
} from '../intent/index.js';

/** Where a change's contract may be declared; the CLI reads them, this decides which counts. */
export interface ContractSources {
  /** The PR description (`--pr-body FILE`). */
  readonly prBody?: string;
  /** A GitHub `pull_request` event payload (`GITHUB_EVENT_PATH`), and the name to show in errors. */
  readonly event?: { readonly json: string; readonly shown: string };
  /** The change's commit messages, newest first: their trailers serve when there is no PR. */
  readonly commitMessages?: readonly string[];
  /** Assistant names the config adds to the known ones (`intent.aiAssisted.assistants`). */
  readonly assistants?: readonly string[];
}

/** The contract and the PR's labels. */
export interface GatheredContract {
  readonly contract: PrContract | undefined;
  readonly labels: readonly string[];
}

/**
 * The PR description counts first (an explicit `--pr-body` over the event payload's body), then the
 * newest commit's trailers: tools and people strip trailers, so the PR section is the declaration that
 * counts, and trailers fill only the sections it leaves out. An event without `pull_request` (a push)
 * is not a contract source: trailers serve then.
 */
export function gatherContract(sources: ContractSources): GatheredContract {
  const event =
    sources.event && sources.prBody === undefined && hasPullRequest(sources.event.json)
      ? parsePullRequestEvent(sources.event.json, sources.event.shown)
      : undefined;
  const labels = event?.labels ?? [];
  const body = sources.prBody === undefined ? event?.contract : parsePrBody(sources.prBody, { labels });
  const trailers = (sources.commitMessages ?? []).map((message) =>
    parseCommitTrailers(message, { assistants: [...(sources.assistants ?? [])] }),
  );
  return { contract: combineContracts(body, ...trailers), labels };
}

function hasPullRequest(json: string): boolean {
  try {
    const payload = JSON.parse(json) as { pull_request?: unknown };
    return typeof payload === 'object' && payload !== null && payload.pull_request !== undefined;
  } catch {
    return true; // let parsePullRequestEvent report the broken file
  }
}
