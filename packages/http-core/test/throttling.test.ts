// The throttling policy at the edges, against a scripted server: a permanently throttled call
// gives up with a RateLimitError saying how long it tried; Retry-After waits are jittered but
// never shortened; the adaptive rate slows the transport down after a 429.
import { describe, expect, it } from "vitest";
import { RateLimitError, createTransport } from "../src/index.js";
import { AdaptiveRate } from "../src/retry/adaptive-rate.js";
import type { RetryInfo } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

const server = useFixture();

describe("429s", () => {
  it("are retried past `limit` until the time budget runs out, then fail saying how long the call tried", async () => {
    // A first answered call warms the connection up, so on a loaded machine the throttled call
    // still gets several attempts into its budget; `limit: 0` makes a second attempt the proof.
    server.script(reply(200, {}), reply(429, { message: "Too Many Requests" }));
    const t = createTransport({ endpoints: { registry: server.origin }, retry: { limit: 0, baseDelayMs: 1, maxDelayMs: 1, rateLimitBudgetMs: 2500, adaptiveRate: false } });
    await t.request({ service: "registry", method: "GET", path: "/warm-up" });
    server.requests.length = 0;
    const started = performance.now();
    const error = await t.request({ service: "registry", method: "POST", path: "/create", json: {} }).catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(RateLimitError);
    const limited = error as RateLimitError;
    expect(limited.throttledForMs).toBeGreaterThanOrEqual(2500);
    expect(limited.throttledForMs).toBeLessThanOrEqual(took + 1);
    expect(limited.attempts).toBe(server.requests.length);
    expect(server.requests.length).toBeGreaterThan(1); // more than limit + 1
    expect(limited.serverMessage).toBe("Too Many Requests");
    expect(limited.message).toMatch(/^POST http:\/\/127\.0\.0\.1:\d+\/create failed with 429 Too Many Requests: Too Many Requests \(still throttled after retrying for \d+\.\d s, \d+ attempts\)$/);
  });

  it("wait at least the server's Retry-After, stretched by jitter within retryAfterJitter", async () => {
    const retries: RetryInfo[] = [];
    server.script(reply(429, {}, { "retry-after": "1" }));
    const t = createTransport({
      endpoints: { registry: server.origin },
      retry: { rateLimitBudgetMs: 2500, retryAfterJitter: 0.5, adaptiveRate: false },
      hooks: { beforeRetry: (info) => void retries.push(info) },
    });
    await expect(t.request({ service: "registry", method: "GET", path: "/x" })).rejects.toBeInstanceOf(RateLimitError);
    expect(retries.length).toBeGreaterThanOrEqual(2);
    for (const retry of retries) {
      expect(retry.basis).toBe("retry-after");
      expect(retry.delayMs).toBeGreaterThanOrEqual(1000);
      expect(retry.delayMs).toBeLessThanOrEqual(1500);
    }
    for (let i = 1; i < server.requests.length; i++) expect(server.requests[i]!.at - server.requests[i - 1]!.at).toBeGreaterThanOrEqual(990);
  });

  it("retry: false turns 429 retries off too", async () => {
    server.script(reply(429, {}), reply(200, {}));
    await expect(createTransport({ endpoints: { registry: server.origin }, retry: false }).request({ service: "registry", method: "GET", path: "/x" })).rejects.toBeInstanceOf(
      RateLimitError,
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe("AdaptiveRate (the client-side send rate)", () => {
  it("is off until a 429, then cuts to 70% of the measured rate and grows back along a cubic curve while requests succeed", () => {
    let now = 0;
    const rate = new AdaptiveRate(() => now);
    // 40 sends over one second, all let through at once.
    for (let i = 0; i < 40; i++, now += 25) expect(rate.acquire(undefined)).toBeUndefined();
    expect(rate.rate).toBe(Infinity);
    rate.record(false);
    expect(rate.rate).toBe(Infinity);

    rate.record(true);
    expect(rate.rate).toBeCloseTo(28, 5);
    // A burst of 429s answering one burst of sends is one signal, not many.
    rate.record(true);
    rate.record(true);
    expect(rate.rate).toBeCloseTo(28, 5);
    // Sends now wait their turn.
    expect(rate.acquire(undefined)).toBeInstanceOf(Promise);

    // Sending at the allowed rate, successes bring it back to 40/s after K = cbrt(40 * 0.3 / 0.4) s.
    const k = Math.cbrt(30) * 1000;
    for (const end = now + k; now < end; now += 1000 / 28) void rate.acquire(undefined);
    rate.record(false);
    expect(rate.rate).toBeGreaterThan(39);
    expect(rate.rate).toBeLessThan(41);
    // An idle spell does not collapse the rate: growth is capped by twice what is measured, but never cut.
    now += 60_000;
    rate.record(false);
    expect(rate.rate).toBeGreaterThan(39);
  });
});
