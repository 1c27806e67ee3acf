// The SDK's retry decision. ky runs the attempts, waits and timers; this decides, for each failed
// attempt, whether it is tried again and after how long. It stays in the SDK because ky's
// `shouldRetry` is asked only "whether", and ky's own wait cannot do what Provena needs:
// - a Retry-After beyond the cap must fail at once (ky clamps it to `maxRetryAfter` and retries),
// - Retry-After waits are jittered so throttled clients do not all return together (ky never
//   jitters a server-given wait),
// - 429s are retried for every method and until a time budget runs out, not against `limit`,
// - the wait must be known before it starts (hooks report it; a wait longer than the time left
//   fails at once with the real cause), while ky reports its wait to no one.
// The chosen wait is handed to ky through its `retry.delay` option.
import type { HttpError } from "../errors/http-errors.js";
import type { NetworkError, TimeoutError } from "../errors/request-errors.js";
import { fullJitterDelay } from "./backoff.js";

/**
 * How the transport retries a failed attempt (the `retry` option of `createTransport`; `false`
 * turns retrying off). Every field is optional; unset ones take {@link DEFAULT_RETRY}'s value.
 * Idempotent requests (GET, PUT, DELETE, HEAD, OPTIONS, or an operation marked `idempotent`) are retried after
 * the statuses listed, network errors and attempt timeouts; other requests only after a 429.
 */
export interface RetryOptions {
  /** Retries after the first attempt, 429s aside (see `rateLimitBudgetMs`). 0 disables them. Default 2. */
  limit?: number;
  /** Backoff base: the first retry waits up to this long (full jitter). Default 300 ms. */
  baseDelayMs?: number;
  /** Upper bound of one backoff wait. Default 10 000 ms. */
  maxDelayMs?: number;
  /**
   * Longest `Retry-After` the transport will wait. When the server asks for longer, the call
   * fails at once with the error (its `retryAfterMs` says how long the server wanted) rather
   * than retrying earlier than the server allowed. Default 60 000 ms.
   */
  maxRetryAfterMs?: number;
  /** Statuses that are retried. Default [429, 502, 503, 504]. */
  statuses?: number[];
  /** Statuses whose `Retry-After` header sets the wait (others use backoff). Default [429, 503]. */
  retryAfterStatuses?: number[];
  /**
   * 429 says the request was not processed, so by default it is retried for every method,
   * POST included. Set false to retry 429 only for idempotent requests.
   */
  retryNonIdempotentOn429?: boolean;
  /** Retry idempotent requests after a network error. Default true. */
  retryNetworkErrors?: boolean;
  /** Retry idempotent requests after a per-attempt timeout. Default true. */
  retryTimeouts?: boolean;
  /**
   * How long a call keeps retrying 429s, from its start. 429s do not count against `limit`: a
   * throttled deployment is ridden out for this long, then the call fails with a
   * `RateLimitError` saying how long it tried. Default 90 000 ms (the total timeout still applies).
   */
  rateLimitBudgetMs?: number;
  /**
   * A `Retry-After` wait is stretched by a random share of up to this fraction (never shortened),
   * so clients throttled together do not come back at the same instant. Default 0.25.
   */
  retryAfterJitter?: number;
  /**
   * Client-side adaptive rate (like the AWS SDK's adaptive retry mode): after a 429 the
   * transport sends no faster than the rate the server accepted, and speeds up again as
   * requests succeed. Shared by every call of the transport (and its `with()` children).
   * Default true.
   */
  adaptiveRate?: boolean;
}

/** {@link RetryOptions} with every default filled in, as {@link RetryStrategy.options} holds them. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/**
 * The retry settings a transport uses for every field its `retry` option leaves unset: 2 retries
 * with full-jitter backoff from 300 ms up to 10 s, on 429/502/503/504, network errors and attempt
 * timeouts; 429s ridden out for up to 90 s, honouring `Retry-After` up to 60 s.
 */
export const DEFAULT_RETRY: ResolvedRetryOptions = {
  limit: 2,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
  statuses: [429, 502, 503, 504],
  retryAfterStatuses: [429, 503],
  retryNonIdempotentOn429: true,
  retryNetworkErrors: true,
  retryTimeouts: true,
  rateLimitBudgetMs: 90_000,
  retryAfterJitter: 0.25,
  adaptiveRate: true,
};

export function resolveRetryOptions(options: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (options === false) return { ...DEFAULT_RETRY, limit: 0, rateLimitBudgetMs: 0 };
  return { ...DEFAULT_RETRY, ...stripUndefined(options ?? {}) };
}

/** What went wrong with one attempt, as far as retrying is concerned. */
export type AttemptFailure =
  | {
      /** The server answered with a non-2xx status. */
      kind: "status";
      /** The error built from the response; its `status` and `retryAfterMs` drive the decision. */
      error: HttpError;
    }
  | {
      /** No response arrived (connection refused or reset, DNS, TLS, …). */
      kind: "network";
      /** The error the attempt would fail with. */
      error: NetworkError;
    }
  | {
      /** The attempt ran past its per-attempt timeout. */
      kind: "timeout";
      /** The error the attempt would fail with. */
      error: TimeoutError;
    };

/** Where the call stands when {@link RetryStrategy.decide} is asked about its latest failure. */
export interface RetryContext {
  /** Retries already made for this call, 429 retries excluded (0 after the first failure). */
  retriesSoFar: number;
  /** Whether repeating the request is safe; non-idempotent requests are retried only after a 429 (see `retryNonIdempotentOn429`). */
  idempotent: boolean;
  /** 429 retries already made for this call. */
  rateLimitedRetries?: number;
  /** Time since the call started, in ms. */
  elapsedMs?: number;
}

/** What {@link RetryStrategy.decide} concluded: retry after a wait, or give up and why. */
export type RetryDecision =
  | {
      /** Try again. */
      retry: true;
      /** How long to wait before the next attempt, in ms. */
      delayMs: number;
      /** Where the wait came from: the server's `Retry-After` (plus jitter), or exponential full-jitter backoff. */
      basis: "retry-after" | "backoff";
    }
  | {
      /** Give up: the call fails with the attempt's error. */
      retry: false;
      /**
       * Why: `limit` (retries used up), `not-retryable` (status or failure kind not retried),
       * `not-idempotent`, `retry-after-too-long` (over `maxRetryAfterMs`) or `rate-limit-budget`
       * (429s retried for `rateLimitBudgetMs` already).
       */
      why: "limit" | "not-retryable" | "not-idempotent" | "retry-after-too-long" | "rate-limit-budget";
    };

/**
 * The retry policy behind a transport: given a failed attempt, decides whether to retry and how
 * long to wait. The transport makes one from its `retry` option; construct one yourself only to
 * see what a set of {@link RetryOptions} would do (`new RetryStrategy(options).decide(...)`).
 */
export class RetryStrategy {
  /** The options in force, defaults filled in; `false` resolves to `limit: 0` and `rateLimitBudgetMs: 0`. */
  readonly options: ResolvedRetryOptions;

  /**
   * @param options - The caller's retry options; `false` disables retries, `undefined` takes {@link DEFAULT_RETRY}.
   * @param random - Source of jitter in [0, 1); `Math.random` unless a test needs repeatable waits.
   */
  constructor(
    options: RetryOptions | false | undefined,
    private readonly random: () => number = Math.random,
  ) {
    this.options = resolveRetryOptions(options);
  }

  /** The most retries ky may make in one pass: `limit`, plus 429s when a budget is set (time bounds those). */
  get kyLimit(): number {
    return this.options.rateLimitBudgetMs > 0 && this.options.statuses.includes(429) ? 10_000 : this.options.limit;
  }

  /**
   * Whether the failed attempt is retried and after how long. A 429 is bounded by
   * `rateLimitBudgetMs` instead of `limit`; a `Retry-After` longer than `maxRetryAfterMs` ends
   * the call at once rather than retrying early.
   */
  decide(failure: AttemptFailure, context: RetryContext): RetryDecision {
    const o = this.options;
    if (!this.isRetryable(failure)) return { retry: false, why: "not-retryable" };
    const rateLimited = failure.kind === "status" && failure.error.status === 429;
    if (!context.idempotent && !(rateLimited && o.retryNonIdempotentOn429)) return { retry: false, why: "not-idempotent" };
    if (rateLimited) {
      if ((context.elapsedMs ?? 0) >= o.rateLimitBudgetMs) return { retry: false, why: "rate-limit-budget" };
    } else if (context.retriesSoFar >= o.limit) {
      return { retry: false, why: "limit" };
    }
    const retryNumber = (rateLimited ? (context.rateLimitedRetries ?? 0) : context.retriesSoFar) + 1;

    if (failure.kind === "status" && o.retryAfterStatuses.includes(failure.error.status)) {
      const wanted = failure.error.retryAfterMs;
      if (wanted !== undefined) {
        if (wanted > o.maxRetryAfterMs) return { retry: false, why: "retry-after-too-long" };
        // Never sooner than the server allowed; up to `retryAfterJitter` later (at least 100 ms of
        // spread, so "Retry-After: 1" from many clients is spread too).
        const spread = wanted === 0 ? 0 : Math.max(100, wanted * o.retryAfterJitter);
        return { retry: true, delayMs: Math.round(wanted + this.random() * spread), basis: "retry-after" };
      }
    }
    return { retry: true, delayMs: fullJitterDelay(retryNumber, o.baseDelayMs, o.maxDelayMs, this.random), basis: "backoff" };
  }

  private isRetryable(failure: AttemptFailure): boolean {
    switch (failure.kind) {
      case "status":
        return this.options.statuses.includes(failure.error.status);
      case "network":
        return this.options.retryNetworkErrors;
      case "timeout":
        return this.options.retryTimeouts;
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
