/** Which request an event is about: the upper-case method and the route template. */
export interface IdempotencyEvent {
  readonly method: string;
  readonly route: string;
}

/** A 400 the engine answered: `code` is `idempotency/key-missing` or `idempotency/key-malformed`. */
export interface RejectionEvent extends IdempotencyEvent {
  readonly code: string;
}

/** A released claim: because of the handler's `status`, or because the adapter abandoned the execution. */
export interface ReleaseEvent extends IdempotencyEvent {
  readonly reason: 'status' | 'abandoned';
  readonly status?: number;
}

/** A response stored without its body; `bytes` is the body's size, undefined for a stream. */
export interface BodyOmittedEvent extends IdempotencyEvent {
  readonly bytes: number | undefined;
}

/**
 * Callbacks the engine calls as it decides; all optional, all synchronous, and an exception thrown
 * by one is not caught. `openTelemetryMetrics(meter)` maps them onto counters.
 */
export interface IdempotencyMetrics {
  /** A claim was won and the handler runs. */
  execution?(event: IdempotencyEvent): void;
  /** A stored response was replayed. */
  replay?(event: IdempotencyEvent): void;
  /** 409: the key's first request is still in flight. */
  conflict?(event: IdempotencyEvent): void;
  /** 422: the key was used for a different request. */
  mismatch?(event: IdempotencyEvent): void;
  /** A claim took over an expired lease: its previous owner crashed or outlived the lease. */
  leaseExpiry?(event: IdempotencyEvent): void;
  /** 400: the key was missing where required, or malformed. */
  rejection?(event: RejectionEvent): void;
  /** The claim was released: the status was not one to store, or the adapter abandoned the execution. */
  release?(event: ReleaseEvent): void;
  /** The response body was over the size limit (or a stream): the status and headers were stored without it. */
  bodyOmitted?(event: BodyOmittedEvent): void;
  /** Completion was refused: another claimant had taken the expired lease over. */
  leaseLost?(event: IdempotencyEvent): void;
}
