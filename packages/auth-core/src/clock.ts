/** Where the current time comes from; tests inject one to move past a token's expiry. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
