// One call from start to end as a user's code sees it: what the token provider is asked, what
// the hooks are told at each step, which 401s earn a fresh token, and how a call ends when its
// time runs out before anything is sent. Over real HTTP (fixture server).
import { describe, expect, it } from "vitest";
import { ConfigurationError, PermissionDeniedError, TimeoutError, UnauthorizedError, createTransport } from "../src/index.js";
import type { GetTokenOptions, RequestInfo, ResponseInfo, RetryInfo, TransportOptions } from "../src/index.js";
import { reply, useFixture } from "./fixture-server.js";

const server = useFixture();

const transport = (options: TransportOptions = {}) => createTransport({ endpoints: { registry: server.origin }, ...options });
const get = { service: "registry", method: "GET", path: "/thing" } as const;
const fail = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("the call should fail"), (e: unknown) => e);

/** A provider that hands out `tokens` in turn on each refresh and records what it was asked. */
function provider(tokens: string[]) {
  const asked: GetTokenOptions[] = [];
  let index = 0;
  return {
    asked,
    getToken(options: GetTokenOptions = {}) {
      asked.push({ ...options, signal: undefined });
      if (options.forceRefresh === true) index = Math.min(index + 1, tokens.length - 1);
      return Promise.resolve(tokens[index]!);
    },
  };
}

describe("the token provider", () => {
  it("is told which token the server refused when asked for a fresh one", async () => {
    const tokens = provider(["stale", "fresh"]);
    server.script(reply(401, { detail: "Could not validate credentials" }), reply(200, { ok: true }));
    await transport({ tokenProvider: tokens }).request(get);
    expect(tokens.asked).toEqual([
      { forceRefresh: false, signal: undefined },
      { forceRefresh: true, rejectedToken: "stale", signal: undefined },
    ]);
  });

  it("slower than the whole call's time: the call ends with the total timeout, nothing sent", async () => {
    const slow = { getToken: () => new Promise<string>((resolve) => setTimeout(() => resolve("t"), 400)) };
    const error = (await fail(transport({ tokenProvider: slow, totalTimeoutMs: 100 }).request(get))) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect([error.kind, error.timeoutMs, error.attempts]).toEqual(["total", 100, 0]);
    expect(server.requests).toHaveLength(0);
  });

  it("auth: true without one names the operation, or the request when it has no name", async () => {
    const t = createTransport({ endpoints: { registry: server.origin } });
    await expect(t.request({ ...get, auth: true, operationName: "registry.thing.fetch" })).rejects.toThrow(
      new ConfigurationError("registry.thing.fetch needs authentication but the transport has no tokenProvider"),
    );
    await expect(t.request({ ...get, auth: true, query: { token: "s3cret-value" } })).rejects.toThrow(
      `GET ${server.origin}/thing?token=[REDACTED] needs authentication but the transport has no tokenProvider`,
    );
  });
});

describe("which 401s earn a fresh token", () => {
  const refreshes = async (status: number, body: unknown, headers: Record<string, string> = {}) => {
    const tokens = provider(["first", "second"]);
    server.requests.length = 0;
    server.script(reply(status, body, headers), reply(200, { ok: true }));
    const outcome = await transport({ tokenProvider: tokens, retry: false })
      .request(get)
      .catch((e: unknown) => e);
    return { outcome, refreshed: tokens.asked.some((a) => a.forceRefresh === true), sent: server.requests.length };
  };

  it("each of upstream's token-validation details, however padded", async () => {
    for (const detail of ["Not authenticated", "Could not validate credentials", "  Token had incorrect structure.  "]) {
      expect(await refreshes(401, { detail })).toEqual({ outcome: { ok: true }, refreshed: true, sent: 2 });
    }
  });

  it("a challenge naming an error (RFC 6750), whatever the detail", async () => {
    expect(await refreshes(401, { detail: "nope" }, { "www-authenticate": 'Bearer realm="x", error="invalid_token"' })).toMatchObject({ refreshed: true, sent: 2 });
    expect(await refreshes(401, "", { "www-authenticate": "Bearer ERROR = invalid_token" })).toMatchObject({ refreshed: true, sent: 2 });
  });

  it("a token that was about to expire, whatever the server said", async () => {
    const soon = (seconds: number) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + seconds })).toString("base64url")}.c2ln`;
    for (const [seconds, refreshed] of [
      [10, true],
      [3600, false],
    ] as const) {
      const tokens = provider([soon(seconds), "fresh"]);
      server.requests.length = 0;
      server.script(reply(401, { detail: "You do not have the required role" }), reply(200, { ok: true }));
      const outcome = await transport({ tokenProvider: tokens, retry: false })
        .request(get)
        .catch((e: unknown) => e);
      expect(tokens.asked.some((a) => a.forceRefresh === true), `exp in ${seconds} s`).toBe(refreshed);
      if (!refreshed) expect(outcome).toBeInstanceOf(PermissionDeniedError);
    }
  });

  it("not a refusal of this caller: a PermissionDeniedError saying the token was kept", async () => {
    const { outcome, refreshed, sent } = await refreshes(401, { detail: "User does not have the required role" }, { "www-authenticate": "Bearer" });
    expect([refreshed, sent]).toEqual([false, 1]);
    const error = outcome as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.refused).toBe("User does not have the required role");
    expect(error.message).toBe(
      `GET ${server.origin}/thing failed with 401 Unauthorized: User does not have the required role (permission refused; the token is valid, so it was not refreshed)`,
    );
  });

  it("an opaque token (not a JWT) refused without a reason is not refreshed", async () => {
    expect(await refreshes(401, { detail: "Item access denied" })).toMatchObject({ refreshed: false, sent: 1 });
    expect(await refreshes(401, "")).toMatchObject({ refreshed: false, sent: 1 });
  });
});

describe("what the hooks are told", () => {
  it("every attempt, numbered, with the URL and headers as sent but secrets masked", async () => {
    const before: RequestInfo[] = [];
    const after_: ResponseInfo[] = [];
    const retries: RetryInfo[] = [];
    server.script(reply(502, { detail: "bad gateway" }), reply(200, { ok: true }));
    const t = transport({
      tokenProvider: provider(["tok-ABCDEFGH"]),
      retry: { limit: 1, baseDelayMs: 1, maxDelayMs: 1 },
      headers: { "X-Trace": "t1" },
      hooks: { beforeRequest: (i) => void before.push(i), afterResponse: (i) => void after_.push(i), beforeRetry: (i) => void retries.push(i) },
    });
    await t.request({ ...get, query: { token: "q-secret", page: 2 }, operationName: "registry.thing.fetch" });
    const url = `${server.origin}/thing?token=[REDACTED]&page=2`;
    const headers = { accept: "application/json", "x-trace": "t1", authorization: "Bearer [REDACTED]" };
    const common = { operationName: "registry.thing.fetch", service: "registry", method: "GET", url, headers };
    expect(before).toEqual([
      { ...common, attempt: 1 },
      { ...common, attempt: 2 },
    ]);
    expect(after_.map((i) => [i.attempt, i.status])).toEqual([
      [1, 502],
      [2, 200],
    ]);
    for (const i of after_) {
      expect(i).toMatchObject(common);
      expect(i.durationMs).toBeGreaterThanOrEqual(0);
    }
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ ...common, attempt: 1, basis: "backoff" });
    expect(retries[0]!.error).toMatchObject({ status: 502 });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer tok-ABCDEFGH", "Bearer tok-ABCDEFGH"]);
  });

  it("an afterResponse hook's time covers reading the body", async () => {
    const seen: ResponseInfo[] = [];
    server.script((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"ok":');
      setTimeout(() => res.end("true}"), 300);
    });
    await expect(transport({ hooks: { afterResponse: (i) => void seen.push(i) } }).request(get)).resolves.toEqual({ ok: true });
    expect(seen[0]!.durationMs).toBeGreaterThanOrEqual(250);
  });

  it("a hook that throws fails the call with its error, and onError is told", async () => {
    const problem = new Error("hook refused");
    const told: Error[] = [];
    server.script(reply(200, { ok: true }));
    const t = transport({
      hooks: {
        beforeRequest: () => {
          throw problem;
        },
        onError: (_i, e) => void told.push(e),
      },
    });
    await expect(t.request(get)).rejects.toBe(problem);
    expect(told).toEqual([problem]);
    expect(server.requests).toHaveLength(0);
  });

  it("onError is given an Error even when what failed the call was not one", async () => {
    const told: Error[] = [];
    const t = transport({
      // A provider written against another library may reject with a bare string.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      tokenProvider: { getToken: (): Promise<string> => Promise.reject("no session") },
      hooks: { onError: (_i, e) => void told.push(e) },
    });
    await expect(t.request(get)).rejects.toBe("no session");
    expect(told.map((e) => [e instanceof Error, e.message])).toEqual([[true, "no session"]]);
  });
});
