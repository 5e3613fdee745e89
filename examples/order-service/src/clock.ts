/** Where the service reads the time: milliseconds since the Unix epoch. Tests pass a fixed or manual clock. */
export interface Clock {
  now(): number;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };
