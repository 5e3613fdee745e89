import type { RenderedRequest } from './renderRequest.js';

/** What a failed expectation saw: the sentence, and expected beside actual. */
export interface Mismatch {
  readonly message: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
}

/**
 * An expectation that did not hold: the lock fails (exit 1) with this as its first failing step.
 * `explained` says whether the step's meaning (`duplicate: ...`) applies: it does to a wrong value
 * or count, not to a wrong status, which says nothing about duplicates.
 */
export class StepFailure extends Error {
  constructor(
    readonly mismatch: Mismatch,
    readonly options: { readonly request?: RenderedRequest; readonly explained: boolean },
  ) {
    super(mismatch.message);
  }
}
