/** A source of the current time in epoch milliseconds; tests pass a manual one instead of the system clock. */
export interface Clock {
  now(): number;
}

/** The process's wall clock (`Date.now`). */
export const systemClock: Clock = { now: () => Date.now() };
