// Behaviours a caller relies on when a service is slow, overloaded or unreachable: how long a
// call may take in all, which failures are tried again (and after what kind of wait), and that a
// derived transport keeps the retry policy it was given. All over real HTTP (fixture server).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HttpError, NetworkError, ResponseValidationError, TimeoutError, createTransport, replaceOption } from "../src/index.js";
import type { ResponseInfo, RetryInfo, TransportOptions } from "../src/index.js";
import { after, dropConnection, recordingTokenProvider, reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const transport = (options: TransportOptions = {}) => createTransport({ endpoints: { registry: server.origin }, ...options });
const get = { service: "registry", method: "GET", path: "/thing" } as const;
const fail = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the call should fail"), (e: unknown) => e);

describe("the total timeout bounds a call across retries and backoff waits", () => {
  it("ends a call whose every attempt is slow and retryable with a total timeout, long before the retry limit", async () => {
    // A first answered call warms the connection up, so even a loaded machine fits two slow
    // attempts into the total.
    server.script(reply(200, {}), after(100, reply(503, { detail: "busy" }, { "retry-after": "0" })));
    const t = transport({ retry: { limit: 50, baseDelayMs: 1, maxDelayMs: 1 }, timeoutMs: 60_000, totalTimeoutMs: 3_000 });
    await t.request(get);
    server.requests.length = 0;
    const error = await fail(t.request(get));
    // The total timeout, or (when an answer lands so close to it that even the 1 ms backoff would
    // outlive it, as on a loaded machine) the real cause: never a wait past the total.
    const endedByTotal = error instanceof TimeoutError && error.kind === "total";
    const endedWithCause = error instanceof HttpError && error.status === 503;
    expect(endedByTotal || endedWithCause).toBe(true);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.length).toBeLessThan(50);
  });

  it("counts backoff waits against the total: a long backoff budget cannot outlive it", async () => {
    server.script(reply(502, { detail: "bad gateway" }));
    const retries: RetryInfo[] = [];
    const t = transport({ retry: { limit: 50, baseDelayMs: 60_000, maxDelayMs: 60_000 }, totalTimeoutMs: 1_500, hooks: { beforeRetry: (i) => void retries.push(i) } });
    const error = await fail(t.request(get));
    // Either the real cause (a wait that would outlive the total is not started) or the total timeout.
    expect(error instanceof HttpError || (error instanceof TimeoutError && error.kind === "total")).toBe(true);
    expect(server.requests.length).toBeLessThan(50);
    for (const r of retries) expect(r.delayMs).toBeLessThan(1_500);
  });
});

describe("timeouts of Infinity never abort a request", () => {
  it("a transport with infinite per-attempt and total timeouts waits for a slow answer", async () => {
    server.script(after(400, reply(200, { ok: true })));
    const t = transport({ timeoutMs: Infinity, totalTimeoutMs: Infinity, retry: false });
    await expect(t.request(get)).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(1);
  });

  it("per-call Infinity overrides a transport's finite timeouts", async () => {
    server.script(after(400, reply(200, { ok: true })));
    const t = transport({ timeoutMs: 50, totalTimeoutMs: 100, retry: false });
    await expect(t.request({ ...get, timeoutMs: Infinity, totalTimeoutMs: Infinity })).resolves.toEqual({ ok: true });
  });
});

describe("which failures are retried", () => {
  it("a 429 or 503 without Retry-After backs off (a computed wait) rather than retrying at once on the server's say-so", async () => {
    for (const status of [429, 503]) {
      server.requests.length = 0;
      server.script(reply(status, { detail: "slow down" }), reply(200, { ok: status }));
      const retries: RetryInfo[] = [];
      const t = transport({ retry: { limit: 1, baseDelayMs: 200, maxDelayMs: 200 }, hooks: { beforeRetry: (i) => void retries.push(i) } });
      await expect(t.request(get)).resolves.toEqual({ ok: status });
      expect(retries.map((r) => r.basis)).toEqual(["backoff"]);
      expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(0);
      expect(retries[0]!.delayMs).toBeLessThanOrEqual(200);
      expect(server.requests).toHaveLength(2);
    }
  });

  it("retryNetworkErrors: false fails a GET on its first dropped connection", async () => {
    server.script(dropConnection(), reply(200, { ok: true }));
    const t = transport({ retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 1, retryNetworkErrors: false } });
    expect(await fail(t.request(get))).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it("a 4xx or 500 is not retried, nor treated as an attempt timeout", async () => {
    for (const status of [400, 403, 404, 409, 422, 500]) {
      server.requests.length = 0;
      server.script(reply(status, { detail: `status ${status}` }), reply(200, { ok: true }));
      const t = transport({ retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 1 } });
      const error = await fail(t.request(get));
      expect(error).toBeInstanceOf(HttpError);
      expect(error).not.toBeInstanceOf(TimeoutError);
      expect((error as HttpError).status).toBe(status);
      expect(server.requests).toHaveLength(1);
    }
  });

  it("a response that fails validation is not retried", async () => {
    server.script(reply(200, { id: 42 }), reply(200, { id: "fine" }));
    const t = transport({ validation: "strict", retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 1 } });
    const error = await fail(t.request({ ...get, schema: z.object({ id: z.string() }) }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(server.requests).toHaveLength(1);
  });

  it("only a 401 makes the transport refresh its token and resend; a 403 does not", async () => {
    const tokens = recordingTokenProvider(["first", "second"]);
    server.script(reply(403, { detail: "forbidden" }));
    const t = transport({ tokenProvider: tokens, retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 1 } });
    expect(((await fail(t.request(get))) as HttpError).status).toBe(403);
    expect(server.requests).toHaveLength(1);
    expect(tokens.calls.some((c) => c.forceRefresh)).toBe(false);

    server.requests.length = 0;
    // A 401 about the token (upstream's detail): a 401 refusing permission is not refreshed.
    server.script(reply(401, { detail: "Could not validate credentials" }, { "www-authenticate": "Bearer" }), reply(200, { ok: true }));
    await expect(t.request(get)).resolves.toEqual({ ok: true });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer first", "Bearer second"]);
    expect(tokens.calls.filter((c) => c.forceRefresh)).toHaveLength(1);
  });
});

describe("a transport derived with .with() keeps its retry settings", () => {
  it("keeps a retry limit it did not override", async () => {
    server.script(reply(503, { detail: "busy" }));
    const base = transport({ retry: { limit: 3, baseDelayMs: 1, maxDelayMs: 1 } });
    const derived = base.with({ headers: { "x-extra": "1" } });
    expect(((await fail(derived.request(get))) as HttpError).status).toBe(503);
    expect(server.requests).toHaveLength(4);
    expect(server.requests.every((r) => r.headers["x-extra"] === "1")).toBe(true);
  });

  it("keeps retry: false", async () => {
    server.script(reply(503, { detail: "busy" }));
    const derived = transport({ retry: false }).with({ userAgent: "derived" });
    await fail(derived.request(get));
    expect(server.requests).toHaveLength(1);
  });
});

describe("afterResponse and onError hooks", () => {
  it("afterResponse sees each response; onError sees the error the call fails with, and only then", async () => {
    const responses: ResponseInfo[] = [];
    const errors: Error[] = [];
    const hooks = { afterResponse: (i: ResponseInfo) => void responses.push(i), onError: (_i: unknown, e: Error) => void errors.push(e) };
    const t = transport({ retry: false, hooks });
    server.script(reply(200, { ok: true }));
    await t.request({ ...get, operationName: "thing.get" });
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ status: 200, method: "GET", operationName: "thing.get", attempt: 1 });
    expect(errors).toHaveLength(0);

    server.script(reply(404, { detail: "nope" }));
    const error = await fail(t.request(get));
    expect(errors).toEqual([error]);
  });
});

describe("removing hooks", () => {
  it("with({ hooks: replaceOption(...) }) stops the parent's hooks running on the derived transport, as ky's extend does", async () => {
    const seen: string[] = [];
    const parent = transport({
      retry: false,
      hooks: {
        beforeRequest: () => void seen.push("parent.beforeRequest"),
        afterResponse: () => void seen.push("parent.afterResponse"),
        onError: () => void seen.push("parent.onError"),
      },
    });
    const quiet = parent.with({ hooks: replaceOption({}) });
    const own = parent.with({ hooks: replaceOption({ afterResponse: () => void seen.push("own.afterResponse") }) });
    server.script(reply(200, {}));

    await quiet.request(get);
    server.script(reply(404, { detail: "nope" }));
    await fail(quiet.request(get));
    expect(seen).toEqual([]);

    server.script(reply(200, {}));
    await own.request(get);
    expect(seen).toEqual(["own.afterResponse"]);

    // The parent keeps its hooks, and a transport derived from the quiet one starts from none.
    seen.length = 0;
    await parent.request(get);
    await quiet.with({ hooks: { afterResponse: () => void seen.push("grandchild.afterResponse") } }).request(get);
    expect(seen).toEqual(["parent.beforeRequest", "parent.afterResponse", "grandchild.afterResponse"]);
  });

  it("without replaceOption, with() adds hooks after the parent's", async () => {
    const seen: string[] = [];
    const parent = transport({ hooks: { afterResponse: () => void seen.push("parent") } });
    server.script(reply(200, {}));
    await parent.with({ hooks: { afterResponse: [() => void seen.push("child 1"), () => void seen.push("child 2")] } }).request(get);
    expect(seen).toEqual(["parent", "child 1", "child 2"]);
  });
});
