/** Where the current time comes from; tests inject one to move past a token's expiry. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real clock (`Date.now()`), the default wherever a {@link Clock} is taken. */
export const systemClock: Clock = { now: () => Date.now() };
