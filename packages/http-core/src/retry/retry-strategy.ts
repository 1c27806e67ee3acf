// The one place that decides whether a failed attempt is tried again, and after how long.
// ky's own retry is switched off (`retry: 0`) so nothing else retries or counts 429s.
import type { HttpError } from "../errors/http-errors.js";
import type { NetworkError, TimeoutError } from "../errors/request-errors.js";
import { fullJitterDelay } from "./backoff.js";

export interface RetryOptions {
  /** Retries after the first attempt. 0 disables retrying. Default 2 (so at most 3 attempts). */
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
}

export type ResolvedRetryOptions = Required<RetryOptions>;

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
};

export function resolveRetryOptions(options: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (options === false) return { ...DEFAULT_RETRY, limit: 0 };
  return { ...DEFAULT_RETRY, ...stripUndefined(options ?? {}) };
}

/** What went wrong with one attempt, as far as retrying is concerned. */
export type AttemptFailure =
  | { kind: "status"; error: HttpError }
  | { kind: "network"; error: NetworkError }
  | { kind: "timeout"; error: TimeoutError };

export interface RetryContext {
  /** Retries already made for this call (0 after the first attempt fails). */
  retriesSoFar: number;
  idempotent: boolean;
}

export type RetryDecision =
  | { retry: true; delayMs: number; basis: "retry-after" | "backoff" }
  | { retry: false; why: "limit" | "not-retryable" | "not-idempotent" | "retry-after-too-long" };

export class RetryStrategy {
  readonly options: ResolvedRetryOptions;

  constructor(options: RetryOptions | false | undefined, private readonly random: () => number = Math.random) {
    this.options = resolveRetryOptions(options);
  }

  decide(failure: AttemptFailure, context: RetryContext): RetryDecision {
    const o = this.options;
    if (!this.isRetryable(failure)) return { retry: false, why: "not-retryable" };
    const rateLimited = failure.kind === "status" && failure.error.status === 429;
    if (!context.idempotent && !(rateLimited && o.retryNonIdempotentOn429)) return { retry: false, why: "not-idempotent" };
    if (context.retriesSoFar >= o.limit) return { retry: false, why: "limit" };

    if (failure.kind === "status" && o.retryAfterStatuses.includes(failure.error.status)) {
      const wanted = failure.error.retryAfterMs;
      if (wanted !== undefined) {
        if (wanted > o.maxRetryAfterMs) return { retry: false, why: "retry-after-too-long" };
        return { retry: true, delayMs: wanted, basis: "retry-after" };
      }
    }
    return { retry: true, delayMs: fullJitterDelay(context.retriesSoFar + 1, o.baseDelayMs, o.maxDelayMs, this.random), basis: "backoff" };
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
