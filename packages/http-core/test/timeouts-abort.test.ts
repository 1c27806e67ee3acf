import { describe, expect, it, vi } from "vitest";
import { AbortError, TimeoutError, createTransport } from "../src/index.js";
import { after, hang, recordingTokenProvider, reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const transport = (options = {}) => createTransport({ endpoints: { registry: server.origin }, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...options });

describe("timeouts", () => {
  it("a per-attempt timeout on a GET is retried", async () => {
    server.script(hang(), reply(200, { ok: true }));
    await expect(transport({ timeoutMs: 400 }).request({ service: "registry", method: "GET", path: "/slow" })).resolves.toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it("retryTimeouts: false fails a GET on its first per-attempt timeout", async () => {
    server.script(hang(), reply(200, { retried: true }));
    // Generous: the request must reach the server before the attempt times out, even on a loaded machine.
    const error = await transport({ timeoutMs: 1000, retry: { baseDelayMs: 1, maxDelayMs: 5, retryTimeouts: false } })
      .request({ service: "registry", method: "GET", path: "/slow" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect([(error as TimeoutError).kind, (error as TimeoutError).attempts]).toEqual(["attempt", 1]);
    // Give a retry (which would be answered) time to arrive before counting.
    await vi.waitFor(() => expect(server.requests.length).toBeGreaterThanOrEqual(1), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests).toHaveLength(1);
  });

  it("a per-attempt timeout covers reading the body", async () => {
    // Headers arrive at once, the body never finishes.
    server.script((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    const error = await transport({ timeoutMs: 400, retry: false })
      .request({ service: "registry", method: "GET", path: "/body" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe("attempt");
  });

  it("a POST that times out is not retried, and the error says which timeout", async () => {
    server.script(hang(), reply(200, { retried: true }));
    const error = await transport({ timeoutMs: 300 })
      .request({ service: "registry", method: "POST", path: "/create", json: {}, operationName: "registry.person.create" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    const timeout = error as TimeoutError;
    expect([timeout.kind, timeout.timeoutMs, timeout.attempts, timeout.method, timeout.operationName]).toEqual([
      "attempt",
      300,
      1,
      "POST",
      "registry.person.create",
    ]);
    expect(timeout.url).toBe(`${server.origin}/create`);
    expect(timeout.message).toBe(`POST ${server.origin}/create timed out: attempt timeout of 300 ms exceeded (1 attempt)`);
    // On a loaded machine the server may log the request after the client gave up: wait for it,
    // then give a retry (which would be answered) time to show up.
    await vi.waitFor(() => expect(server.requests.length).toBeGreaterThanOrEqual(1), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests).toHaveLength(1);
  });

  it("the total timeout bounds the whole call, retries included", async () => {
    server.script(hang());
    const error = await transport({ timeoutMs: 10_000, totalTimeoutMs: 200 })
      .request({ service: "registry", method: "GET", path: "/slow" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe("total");
    expect((error as TimeoutError).timeoutMs).toBe(200);
  });

  it("per-operation timeouts override the transport's", async () => {
    server.script(after(300, reply(200, { ok: true })));
    const error = await transport({ timeoutMs: 10_000 })
      .request({ service: "registry", method: "GET", path: "/x", totalTimeoutMs: 100 })
      .catch((e: unknown) => e);
    expect((error as TimeoutError).kind).toBe("total");
  });

  it("does not wait out a Retry-After longer than the time left: it fails with the real cause", async () => {
    server.script(reply(503, { detail: "maintenance" }, { "retry-after": "5" }));
    const error = await transport({ totalTimeoutMs: 1000 })
      .request({ service: "registry", method: "GET", path: "/x" })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("ServerError");
    expect(server.requests).toHaveLength(1);
  });
});

describe("abort", () => {
  it("an already-aborted signal sends nothing", async () => {
    const controller = new AbortController();
    controller.abort(new Error("user left"));
    const error = await transport()
      .request({ service: "registry", method: "GET", path: "/x", signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).message).toBe(`GET ${server.origin}/x was aborted by the caller`);
    expect(((error as AbortError).cause as Error).message).toBe("user left");
    expect(server.requests).toHaveLength(0);
  });

  it("aborting during a backoff sleep ends the call at once", async () => {
    const controller = new AbortController();
    server.script(reply(503, {}, { "retry-after": "30" }));
    const t = transport({
      // The retry waits 30 s (longer than this test's timeout); abort shortly after it starts.
      hooks: { beforeRetry: () => void setTimeout(() => controller.abort(), 50) },
    });
    const error = await t.request({ service: "registry", method: "GET", path: "/x", signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("aborting during a request in flight ends the call with AbortError, not a timeout or network error", async () => {
    const controller = new AbortController();
    server.script(hang());
    const pending = transport().request({ service: "registry", method: "GET", path: "/x", signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it("aborting while the token provider is working ends the call", async () => {
    const controller = new AbortController();
    const slowProvider = { getToken: () => new Promise<string>(() => undefined) };
    const pending = transport({ tokenProvider: slowProvider }).request({ service: "registry", method: "GET", path: "/x", signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(0);
  });

  it("passes the signal to the token provider", async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const provider = recordingTokenProvider(["t"]);
    server.script(reply(200, {}));
    await transport({
      tokenProvider: {
        getToken: (o?: { signal?: AbortSignal }) => {
          seen = o?.signal;
          return provider.getToken();
        },
      },
    }).request({ service: "registry", method: "GET", path: "/x", signal: controller.signal });
    controller.abort();
    expect(seen?.aborted).toBe(true);
  });
});
