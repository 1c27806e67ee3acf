// Paths through one call (execute.ts) that its mutation run found untested, over real HTTP:
// every method reaches the retry decision, `auth: true` with a provider, what hooks see of the
// token, an already-aborted call, fetch failures that are not ky's network errors, and a 429 the
// transport refuses to wait for.
import { describe, expect, it } from "vitest";
import { AbortError, NetworkError, RateLimitError, ServerError, createTransport } from "../src/index.js";
import type { HttpMethod, RequestInfo } from "../src/index.js";
import { after, recordingTokenProvider, reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const TOKEN = "opaque-access-token-5555";
const FAST = { baseDelayMs: 1, maxDelayMs: 2 };

describe("every method reaches the SDK's retry decision (ky's per-method filter lets all through)", () => {
  it.each<HttpMethod>(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])("a %s answered 429 is retried", async (method) => {
    // Adaptive rate off: only the retry decision is under test, not the send slot after a 429.
    const t = createTransport({ endpoints: { registry: server.origin }, retry: { ...FAST, adaptiveRate: false } });
    server.script(reply(429, { detail: "slow down" }, { "retry-after": "0" }), reply(204));
    await expect(t.request({ service: "registry", method, path: "/m", responseType: "none" })).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.method)).toEqual([method, method]);
  });
});

describe("authentication", () => {
  it("`auth: true` on a transport with a token provider sends the token", async () => {
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: recordingTokenProvider([TOKEN]) });
    server.script(reply(200, { ok: true }));
    await expect(t.request({ service: "registry", method: "GET", path: "/a", auth: true })).resolves.toEqual({ ok: true });
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("hooks see the authorization header redacted, and none at all on a call sent without a token", async () => {
    const seen: RequestInfo["headers"][] = [];
    const hooks = { beforeRequest: [(info: RequestInfo) => void seen.push(info.headers)] };
    server.script(reply(200, { ok: true }));
    const authed = createTransport({ endpoints: { registry: server.origin }, tokenProvider: recordingTokenProvider([TOKEN]), hooks });
    const anonymous = createTransport({ endpoints: { registry: server.origin }, hooks });
    await authed.request({ service: "registry", method: "GET", path: "/a" });
    await anonymous.request({ service: "registry", method: "GET", path: "/b" });
    expect(seen[0]!["authorization"]).toBe("Bearer [REDACTED]");
    expect(seen[1]).not.toHaveProperty("authorization");
    expect(JSON.stringify(seen)).not.toContain(TOKEN);
  });

  it("a call whose signal has already fired neither asks the token provider (no login starts) nor sends", async () => {
    const provider = recordingTokenProvider([TOKEN]);
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider });
    const controller = new AbortController();
    controller.abort(new Error("user navigated away"));
    const error = await t.request({ service: "registry", method: "GET", path: "/x", signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toBe(controller.signal.reason);
    expect(provider.calls).toEqual([]);
    expect(server.requests).toEqual([]);
  });
});

describe("a fetch that fails with something other than ky's network errors", () => {
  it("is a NetworkError naming the request, with the failure's own cause", async () => {
    const inner = new Error("socket hang up");
    const t = createTransport({
      endpoints: { registry: server.origin },
      retry: false,
      fetch: () => Promise.reject(new TypeError("request refused by a proxy", { cause: inner })),
    });
    const error = await t.request({ service: "registry", method: "GET", path: "/p", operationName: "test.proxy" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBe(inner);
    expect((error as NetworkError).method).toBe("GET");
    expect((error as NetworkError).url).toBe(`${server.origin}/p`);
    expect((error as NetworkError).operationName).toBe("test.proxy");
  });

  it("keeps the TypeError itself as the cause when it has none", async () => {
    const failure = new TypeError("request refused by a proxy");
    const t = createTransport({ endpoints: { registry: server.origin }, retry: false, fetch: () => Promise.reject(failure) });
    const error = await t.request({ service: "registry", method: "GET", path: "/p" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBe(failure);
  });
});

describe("a 429 whose Retry-After is longer than the transport will wait", () => {
  it("fails at once as a plain RateLimitError: it was not throttled for any time", async () => {
    const t = createTransport({ endpoints: { registry: server.origin }, retry: { ...FAST, maxRetryAfterMs: 1000 } });
    server.script(reply(429, { detail: "come back tomorrow" }, { "retry-after": "86400" }));
    const error = await t.request({ service: "registry", method: "GET", path: "/t" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(86_400_000);
    expect((error as RateLimitError).throttledForMs).toBeUndefined();
    expect((error as RateLimitError).message).not.toContain("still throttled");
    expect(server.requests).toHaveLength(1);
  });
});

describe("429 retries and other retries are counted apart", () => {
  it("a 429 retried under its time budget does not use up `limit` for a later 503", async () => {
    const t = createTransport({ endpoints: { registry: server.origin }, retry: { ...FAST, limit: 1, adaptiveRate: false } });
    server.script(reply(429, { detail: "slow down" }, { "retry-after": "0" }), reply(503, "busy"), reply(200, { ok: true }));
    await expect(t.request({ service: "registry", method: "GET", path: "/c" })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
  });
});

describe("a retry whose wait would outlive the total timeout", () => {
  it("is not waited for: the call fails at once with the real cause, not a timeout", async () => {
    // The answer takes 1 s, so only 0.8 s of the total is left when the server asks for 1 s more.
    const t = createTransport({ endpoints: { registry: server.origin }, totalTimeoutMs: 1800, retry: { ...FAST, adaptiveRate: false } });
    server.script(after(1000, reply(503, { detail: "maintenance" }, { "retry-after": "1" })));
    const error = await t.request({ service: "registry", method: "GET", path: "/w" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).serverMessage).toBe("maintenance");
    expect(server.requests).toHaveLength(1);
  });
});

describe("a token provider that fails while the call has a signal", () => {
  it("fails the call with the provider's error, and nothing is sent", async () => {
    const failure = new Error("login was cancelled in the browser");
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: { getToken: () => Promise.reject(failure) } });
    const error = await t.request({ service: "registry", method: "GET", path: "/l", signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(server.requests).toEqual([]);
  });
});
