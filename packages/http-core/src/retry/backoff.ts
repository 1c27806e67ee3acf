// Exponential backoff with "full jitter" (AWS Architecture Blog, "Exponential Backoff And
// Jitter"): sleep a uniform random time in [0, min(cap, base * 2^(retry-1))]. Spreads clients
// that failed together so they do not retry together.
/**
 * An exponential-backoff wait with full jitter, in ms: uniformly random in
 * [0, min(`maxDelayMs`, `baseDelayMs` × 2^(`retry` − 1))), so clients that failed together spread out.
 *
 * @param retry - The 1-based number of the retry about to be made.
 * @param random - Source of randomness in [0, 1); `Math.random` by default.
 */
export function fullJitterDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
