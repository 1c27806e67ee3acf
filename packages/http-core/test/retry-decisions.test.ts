// The retry policy as a table: for each kind of failed attempt and each setting, whether the
// transport tries again and after what wait. RetryStrategy is public (a caller can ask it what
// the transport would do); the random draw is fixed so every wait is exact.
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, NetworkError, RetryStrategy, ServerError, TimeoutError, createHttpError } from "../src/index.js";
import type { AttemptFailure, RetryContext, RetryDecision, RetryOptions } from "../src/index.js";

const ctx = { method: "GET", url: "https://registry-api.example.org/x" };
const status = (code: number, retryAfterMs?: number): AttemptFailure => ({ kind: "status", error: createHttpError({ ...ctx, status: code, retryAfterMs }) });
const network: AttemptFailure = { kind: "network", error: new NetworkError(ctx) };
const timeout: AttemptFailure = { kind: "timeout", error: new TimeoutError({ ...ctx, kind: "attempt", timeoutMs: 10, attempts: 1 }) };
const first: RetryContext = { retriesSoFar: 0, idempotent: true };
const decide = (options: RetryOptions | false | undefined, failure: AttemptFailure, context: RetryContext = first, random = 0.5): RetryDecision =>
  new RetryStrategy(options, () => random).decide(failure, context);

describe("what is retried", () => {
  const cases: [string, RetryOptions | false | undefined, AttemptFailure, RetryContext, RetryDecision["retry"], string?][] = [
    ["a 500 (not a retryable status)", undefined, status(500), first, false, "not-retryable"],
    ["a 502", undefined, status(502), first, true],
    ["a 504", undefined, status(504), first, true],
    ["a 500 once listed", { statuses: [500] }, status(500), first, true],
    ["a 503 once no longer listed", { statuses: [502] }, status(503), first, false, "not-retryable"],
    ["a network error", undefined, network, first, true],
    ["a network error with retryNetworkErrors: false", { retryNetworkErrors: false }, network, first, false, "not-retryable"],
    ["an attempt timeout", undefined, timeout, first, true],
    ["an attempt timeout with retryTimeouts: false", { retryTimeouts: false }, timeout, first, false, "not-retryable"],
    ["a 503 to a POST", undefined, status(503), { retriesSoFar: 0, idempotent: false }, false, "not-idempotent"],
    ["a network error on a POST", undefined, network, { retriesSoFar: 0, idempotent: false }, false, "not-idempotent"],
    ["a 429 to a POST", undefined, status(429), { retriesSoFar: 0, idempotent: false }, true],
    ["a 429 to a POST with retryNonIdempotentOn429: false", { retryNonIdempotentOn429: false }, status(429), { retriesSoFar: 0, idempotent: false }, false, "not-idempotent"],
    ["a 503 after `limit` retries", { limit: 2 }, status(503), { retriesSoFar: 2, idempotent: true }, false, "limit"],
    ["a 503 one retry before the limit", { limit: 2 }, status(503), { retriesSoFar: 1, idempotent: true }, true],
    ["a 429 after `limit` retries (429s count against time, not the limit)", { limit: 1 }, status(429), { retriesSoFar: 5, idempotent: true }, true],
    ["a 429 once the rate-limit budget is spent", { rateLimitBudgetMs: 1000 }, status(429), { retriesSoFar: 0, idempotent: true, elapsedMs: 1000 }, false, "rate-limit-budget"],
    ["a 429 just inside the budget", { rateLimitBudgetMs: 1000 }, status(429), { retriesSoFar: 0, idempotent: true, elapsedMs: 999 }, true],
    ["a 503 long after the 429 budget (the budget is for 429s)", { rateLimitBudgetMs: 1000 }, status(503), { retriesSoFar: 0, idempotent: true, elapsedMs: 5000 }, true],
    ["anything with retry: false", false, status(503), first, false, "limit"],
    ["a 429 with retry: false", false, status(429), first, false, "rate-limit-budget"],
  ];
  for (const [name, options, failure, context, retry, why] of cases) {
    it(name, () => {
      const decision = decide(options, failure, context);
      expect(decision.retry).toBe(retry);
      if (!decision.retry) expect(decision.why).toBe(why);
    });
  }
});

describe("how long it waits", () => {
  it("Retry-After on a 429 or 503 sets the wait, stretched by up to retryAfterJitter, never shortened", () => {
    expect(decide(undefined, status(429, 2000), first, 0)).toEqual({ retry: true, delayMs: 2000, basis: "retry-after" });
    expect(decide(undefined, status(503, 2000), first, 1)).toEqual({ retry: true, delayMs: 2500, basis: "retry-after" });
    expect(decide({ retryAfterJitter: 0.5 }, status(503, 2000), first, 0.5)).toEqual({ retry: true, delayMs: 2500, basis: "retry-after" });
    // A short wait is still spread over at least 100 ms; a zero wait is not spread at all.
    expect(decide(undefined, status(429, 40), first, 1)).toEqual({ retry: true, delayMs: 140, basis: "retry-after" });
    expect(decide(undefined, status(429, 0), first, 1)).toEqual({ retry: true, delayMs: 0, basis: "retry-after" });
  });

  it("a Retry-After beyond maxRetryAfterMs fails at once; one exactly at it is waited", () => {
    expect(decide({ maxRetryAfterMs: 5000 }, status(429, 5001))).toEqual({ retry: false, why: "retry-after-too-long" });
    expect(decide({ maxRetryAfterMs: 5000 }, status(429, 5000), first, 0)).toEqual({ retry: true, delayMs: 5000, basis: "retry-after" });
  });

  it("Retry-After on other statuses is ignored: they back off", () => {
    expect(decide({ baseDelayMs: 100 }, status(502, 60_000), first, 0.5)).toEqual({ retry: true, delayMs: 50, basis: "backoff" });
    expect(decide({ baseDelayMs: 100, retryAfterStatuses: [502] }, status(502, 3000), first, 0)).toEqual({ retry: true, delayMs: 3000, basis: "retry-after" });
  });

  it("backoff doubles per retry up to maxDelayMs; 429s count their own retries", () => {
    const options = { baseDelayMs: 100, maxDelayMs: 1000, limit: 10 };
    const waits = [0, 1, 2, 3, 4, 5].map((n) => decide(options, network, { retriesSoFar: n, idempotent: true }, 0.5));
    expect(waits.map((d) => (d.retry ? d.delayMs : -1))).toEqual([50, 100, 200, 400, 500, 500]);
    // The third 429 backs off as a third retry, whatever other retries came before.
    const third429 = decide(options, status(429), { retriesSoFar: 0, rateLimitedRetries: 2, idempotent: true }, 0.5);
    expect(third429).toEqual({ retry: true, delayMs: 200, basis: "backoff" });
    const after429s = decide(options, status(503), { retriesSoFar: 0, rateLimitedRetries: 5, idempotent: true }, 0.5);
    expect(after429s).toEqual({ retry: true, delayMs: 50, basis: "backoff" });
  });
});

describe("the settings", () => {
  it("default to DEFAULT_RETRY; settings given as undefined keep the default", () => {
    expect(new RetryStrategy(undefined).options).toEqual(DEFAULT_RETRY);
    expect(new RetryStrategy({ limit: undefined, baseDelayMs: 7 }).options).toEqual({ ...DEFAULT_RETRY, baseDelayMs: 7 });
    expect(new RetryStrategy(false).options).toEqual({ ...DEFAULT_RETRY, limit: 0, rateLimitBudgetMs: 0 });
  });

  it("let ky run as many attempts as 429s may need when they are retried on a budget, else `limit`", () => {
    expect(new RetryStrategy({ limit: 3 }).kyLimit).toBe(10_000);
    expect(new RetryStrategy({ limit: 3, rateLimitBudgetMs: 0 }).kyLimit).toBe(3);
    expect(new RetryStrategy({ limit: 3, statuses: [503] }).kyLimit).toBe(3);
    expect(new RetryStrategy(false).kyLimit).toBe(0);
  });
});

// The 429 error classes are what the decisions above read.
it("reads the status and Retry-After off the error", () => {
  const error = new ServerError({ ...ctx, status: 503, retryAfterMs: 1000 });
  // retryAfterJitter: 0 still spreads by the 100 ms floor.
  expect(decide({ retryAfterJitter: 0 }, { kind: "status", error }, first, 0.5)).toEqual({ retry: true, delayMs: 1050, basis: "retry-after" });
});
