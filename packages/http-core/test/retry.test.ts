import { describe, expect, it } from "vitest";
import { RateLimitError, RetryStrategy, ServerError, NetworkError, createTransport, parseRetryAfter } from "../src/index.js";
import type { RetryInfo } from "../src/index.js";
import { dropConnection, reply, startFixture, useFixture } from "./fixture-server.js";

const server = useFixture();

const transport = (retry = {}) =>
  createTransport({ endpoints: { registry: `${server.origin}/registry-api` }, retry: { baseDelayMs: 1, maxDelayMs: 5, ...retry } });

describe("Retry-After", () => {
  it("waits the delta-seconds form before retrying a 429", async () => {
    server.script(reply(429, { detail: "slow down" }, { "retry-after": "1" }), reply(200, { ok: true }));
    const result = await transport().request({ service: "registry", method: "GET", path: "/thing", envelope: false });
    expect(result).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    const gap = server.requests[1]!.at - server.requests[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(990);
  });

  it("waits until the HTTP-date form before retrying a 503", async () => {
    const until = new Date(Date.now() + 2000).toUTCString(); // second precision: 1-2 s from now
    const untilMs = Date.parse(until);
    server.script(reply(503, "busy", { "retry-after": until }), reply(200, { ok: true }));
    await transport().request({ service: "registry", method: "GET", path: "/thing" });
    expect(server.requests).toHaveLength(2);
    // The retry arrived no earlier than the date the server named (timers may round by a few ms).
    expect(server.requests[1]!.wallAt).toBeGreaterThanOrEqual(untilMs - 15);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it("fails at once, without retrying, when Retry-After exceeds maxRetryAfterMs", async () => {
    server.script(reply(429, { detail: "come back in two minutes" }, { "retry-after": "120" }), reply(200, {}));
    const error = await transport({ maxRetryAfterMs: 1000 })
      .request({ service: "registry", method: "GET", path: "/thing" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });

  it("maxRetryAfterMs alone refuses a wait the total timeout would allow", async () => {
    // 2 s fits well inside the 120 s total timeout, so only maxRetryAfterMs stops the retry.
    server.script(reply(429, { detail: "come back in two seconds" }, { "retry-after": "2" }), reply(200, { ok: true }));
    const error = await transport({ maxRetryAfterMs: 1000 })
      .request({ service: "registry", method: "GET", path: "/thing" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(2000);
    expect(server.requests).toHaveLength(1);
  });

  it("ignores Retry-After on a status outside retryAfterStatuses (502 backs off instead)", async () => {
    const retries: RetryInfo[] = [];
    server.script(reply(502, "bad gateway", { "retry-after": "2" }), reply(200, { ok: true }));
    const t = createTransport({
      endpoints: { registry: server.origin },
      retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 5 },
      hooks: { beforeRetry: (info) => void retries.push(info) },
    });
    await expect(t.request({ service: "registry", method: "GET", path: "/x" })).resolves.toEqual({ ok: true });
    expect(retries.map((r) => r.basis)).toEqual(["backoff"]);
    expect(retries[0]!.delayMs).toBeLessThanOrEqual(5);
    expect(server.requests).toHaveLength(2);
  });

  it("parses both forms and rejects junk", () => {
    const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("which requests retry", () => {
  it("never retries a plain POST after a 503", async () => {
    server.script(reply(503, { detail: "down" }, { "retry-after": "0" }), reply(200, { ok: true }));
    const error = await transport()
      .request({ service: "registry", method: "POST", path: "/registry/agent/person/create", json: { a: 1 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a POST flagged idempotent (a read-only list) after a 503", async () => {
    server.script(reply(503, { detail: "down" }, { "retry-after": "0" }), reply(200, { items: [] }));
    const result = await transport().request({ service: "registry", method: "POST", path: "/registry/general/list", json: {}, idempotent: true });
    expect(result).toEqual({ items: [] });
    expect(server.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
    expect(server.requests[1]!.body).toBe("{}");
  });

  it("retries a plain POST after a 429, since a 429 was not processed", async () => {
    server.script(reply(429, {}, { "retry-after": "0" }), reply(200, { status: { success: true, details: "" } }));
    await transport().request({ service: "registry", method: "POST", path: "/create", json: {} });
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a POST after a 429 when retryNonIdempotentOn429 is false", async () => {
    server.script(reply(429, {}, { "retry-after": "0" }), reply(200, {}));
    await expect(
      transport({ retryNonIdempotentOn429: false }).request({ service: "registry", method: "POST", path: "/create", json: {} }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it("backs off (no Retry-After) on 502 and 504, up to the limit, then throws the last error", async () => {
    const retries: RetryInfo[] = [];
    server.script(reply(502, "bad gateway"), reply(504, "gateway timeout"), reply(502, "still bad"));
    const t = createTransport({
      endpoints: { registry: server.origin },
      retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 5 },
      hooks: { beforeRetry: (info) => void retries.push(info) },
    });
    const error = await t.request({ service: "registry", method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(502);
    expect((error as ServerError).serverMessage).toBe("still bad");
    expect(server.requests).toHaveLength(3);
    expect(retries.map((r) => [r.attempt, r.basis])).toEqual([
      [1, "backoff"],
      [2, "backoff"],
    ]);
    expect(retries.every((r) => r.delayMs >= 0 && r.delayMs <= 5)).toBe(true);
  });

  it("does not retry a 500 (not in the retryable statuses)", async () => {
    server.script(reply(500, "Internal Server Error"), reply(200, {}));
    await expect(transport().request({ service: "registry", method: "GET", path: "/x" })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a GET after a dropped connection, and reports a NetworkError when it keeps failing", async () => {
    server.script(dropConnection(), reply(200, { ok: 1 }));
    await expect(transport().request({ service: "registry", method: "GET", path: "/x" })).resolves.toEqual({ ok: 1 });
    expect(server.requests).toHaveLength(2);

    server.script(dropConnection());
    const error = await transport({ limit: 1 })
      .request({ service: "registry", method: "GET", path: "/y", operationName: "registry.thing.fetch" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).operationName).toBe("registry.thing.fetch");
    expect((error as NetworkError).message).toMatch(new RegExp(`^GET ${server.origin}/registry-api/y failed: network error \\(`));
    expect(server.requests).toHaveLength(4);
  });

  it("a refused connection is a NetworkError naming the cause", async () => {
    const closed = await startFixture();
    await closed.close();
    const t = createTransport({ endpoints: { registry: closed.origin }, retry: false });
    const error = await t.request({ service: "registry", method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  it("does not retry a POST after a network error", async () => {
    server.script(dropConnection(), reply(200, {}));
    await expect(transport().request({ service: "registry", method: "POST", path: "/x", json: {} })).rejects.toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it("retry: false turns retrying off", async () => {
    server.script(reply(503, {}, { "retry-after": "0" }), reply(200, {}));
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false });
    await expect(t.request({ service: "registry", method: "GET", path: "/x" })).rejects.toBeInstanceOf(ServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("RetryStrategy backoff", () => {
  it("uses full jitter: a uniform draw below min(cap, base * 2^(n-1))", () => {
    const strategy = new RetryStrategy({ baseDelayMs: 100, maxDelayMs: 250, limit: 5 }, () => 0.999);
    const error = new ServerError({ method: "GET", url: "http://x/", status: 502 });
    const delays = [0, 1, 2, 3].map((n) => {
      const d = strategy.decide({ kind: "status", error }, { retriesSoFar: n, idempotent: true });
      return d.retry ? d.delayMs : -1;
    });
    expect(delays).toEqual([99, 199, 249, 249]);
    const zero = new RetryStrategy({ baseDelayMs: 100 }, () => 0).decide({ kind: "status", error }, { retriesSoFar: 0, idempotent: true });
    expect(zero).toEqual({ retry: true, delayMs: 0, basis: "backoff" });
  });
});
