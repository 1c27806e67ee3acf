// `--throttle RATE[/BURST]`: a token bucket per caller (the bearer token, else the client
// address) in front of the service APIs, answering as Provena's API gateway does when a usage
// plan's rate is exceeded: 429 `{"message":"Too Many Requests"}`, here with a `Retry-After` in
// whole seconds so clients can be tested against it.
import { LocalServerError } from "../errors.js";

/** A per-caller token bucket in front of the service APIs (the `throttle` option, `--throttle`). */
export interface ThrottleOptions {
  /** Requests per second allowed on average, per caller (> 0; fractions allowed). */
  readonly rate: number;
  /** Requests allowed at once before the rate applies; default the rate rounded up (at least 1). */
  readonly burst?: number | undefined;
}

export type ThrottleDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number };

/** Parses `RATE` or `RATE/BURST` (e.g. `5`, `0.5`, `10/20`). */
export function parseThrottle(text: string): ThrottleOptions {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+))?$/.exec(text.trim());
  if (match === null) throw new LocalServerError(`Throttle "${text}" must be RATE or RATE/BURST (requests per second, e.g. 5 or 10/20).`);
  return checkThrottle({ rate: Number(match[1]), burst: match[2] === undefined ? undefined : Number(match[2]) });
}

export function checkThrottle(options: ThrottleOptions): ThrottleOptions {
  if (!Number.isFinite(options.rate) || options.rate <= 0) throw new LocalServerError(`Throttle rate must be a positive number of requests per second, got ${options.rate}.`);
  if (options.burst !== undefined && (!Number.isInteger(options.burst) || options.burst < 1)) {
    throw new LocalServerError(`Throttle burst must be a whole number of requests, at least 1, got ${options.burst}.`);
  }
  return options;
}

interface Bucket {
  tokens: number;
  atMs: number;
}

const MAX_CALLERS = 10_000;

export class Throttle {
  readonly rate: number;
  readonly burst: number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: ThrottleOptions) {
    checkThrottle(options);
    this.rate = options.rate;
    this.burst = options.burst ?? Math.max(1, Math.ceil(options.rate));
  }

  /** Takes one request from `caller`'s bucket, or says how long until one is available. */
  take(caller: string, nowMs: number): ThrottleDecision {
    const bucket = this.#buckets.get(caller) ?? { tokens: this.burst, atMs: nowMs };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((nowMs - bucket.atMs) / 1000) * this.rate);
    bucket.atMs = nowMs;
    if (!this.#buckets.has(caller)) {
      if (this.#buckets.size >= MAX_CALLERS) this.#forgetFull(nowMs);
      this.#buckets.set(caller, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate)) };
  }

  // Callers whose bucket has refilled are indistinguishable from new ones: drop them.
  #forgetFull(nowMs: number): void {
    for (const [caller, bucket] of this.#buckets) {
      if (bucket.tokens + ((nowMs - bucket.atMs) / 1000) * this.rate >= this.burst) this.#buckets.delete(caller);
    }
  }
}
