import { describe, expect, it } from "vitest";
import { ConfigurationError, NotAuthenticatedError, PermissionDeniedError, TokenExpiredError, UnauthorizedError, createTransport } from "../src/index.js";
import type { RetryInfo } from "../src/index.js";
import { recordingTokenProvider, reply, useFixture } from "./fixture-server.js";
import type { Responder } from "./fixture-server.js";

const server = useFixture();

// Accepts only "fresh-token", like a service after the old token expired.
const acceptOnly =
  (good: string): Responder =>
  (req, res) => {
    const ok = req.headers.authorization === `Bearer ${good}`;
    return reply(ok ? 200 : 401, ok ? { ok: true } : { detail: "Could not validate credentials" }, ok ? {} : { "www-authenticate": "Bearer" })(req, res);
  };

describe("bearer auth", () => {
  it("sends the provider's token, and after a 401 refreshes once and retries once", async () => {
    const provider = recordingTokenProvider(["stale-token", "fresh-token"]);
    const retries: RetryInfo[] = [];
    server.script(acceptOnly("fresh-token"));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider, hooks: { beforeRetry: (i) => void retries.push(i) } });
    // A plain POST too: a 401 means the request was refused, not processed.
    await expect(t.request({ service: "registry", method: "POST", path: "/create", json: {} })).resolves.toEqual({ ok: true });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer stale-token", "Bearer fresh-token"]);
    expect(provider.calls).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);
    expect(retries.map((r) => [r.basis, r.delayMs])).toEqual([["refresh", 0]]);
  });

  it("does not loop: a second 401 is an UnauthorizedError", async () => {
    const provider = recordingTokenProvider(["a", "b", "c"]);
    server.script(acceptOnly("never"));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider });
    const error = await t.request({ service: "registry", method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).serverMessage).toBe("Could not validate credentials");
    expect(server.requests).toHaveLength(2);
    expect(provider.calls.filter((c) => c.forceRefresh)).toHaveLength(1);
  });

  it("sends no Authorization with auth: false or without a provider, and a 401 is then final", async () => {
    const provider = recordingTokenProvider(["t"]);
    server.script(reply(401, { detail: "Not authenticated" }));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider });
    await expect(t.request({ service: "registry", method: "GET", path: "/", auth: false })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(createTransport({ endpoints: { registry: server.origin } }).request({ service: "registry", method: "GET", path: "/" })).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(server.requests).toHaveLength(2);
    expect(server.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(provider.calls).toHaveLength(0);
  });

  it("refuses auth: true without a token provider", async () => {
    await expect(createTransport({ endpoints: { registry: server.origin } }).request({ service: "registry", method: "GET", path: "/", auth: true })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("passes a token provider's own error through unchanged", async () => {
    class ProviderFailed extends Error {}
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: { getToken: () => Promise.reject(new ProviderFailed("login needed")) } });
    await expect(t.request({ service: "registry", method: "GET", path: "/" })).rejects.toBeInstanceOf(ProviderFailed);
    expect(server.requests).toHaveLength(0);
  });
});

describe("what a 401 tells the user", () => {
  // An unsigned JWT whose `exp` is `expSeconds`: the transport reads `exp` without verifying.
  const jwt = (expSeconds: number): string => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ exp: expSeconds, sub: "u" })).toString("base64url")}.c2ln`;
  const past = Math.floor(Date.now() / 1000) - 3600;

  it("an expired token the provider cannot renew is a TokenExpiredError with the expiry, never the token", async () => {
    const stale = jwt(past);
    const provider = recordingTokenProvider([stale, stale]);
    server.script(reply(401, { detail: "Could not validate credentials" }));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider });
    const error = await t.request({ service: "registry", method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenExpiredError);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).not.toBeInstanceOf(PermissionDeniedError);
    const e = error as TokenExpiredError;
    expect(e.expiredAt).toBe(new Date(past * 1000).toISOString());
    expect(e.message).toContain(`expired at ${e.expiredAt} and the token provider gave no fresher one when asked to refresh`);
    expect(`${e.message} ${JSON.stringify(e)}`).not.toContain(stale);
    // It was still refreshed once first: an expired token is what a refresh fixes.
    expect(provider.calls.map((c) => c.forceRefresh)).toEqual([false, true]);
  });

  it("an expired token the provider renews just works", async () => {
    const provider = recordingTokenProvider([jwt(past), "fresh-token"]);
    server.script(acceptOnly("fresh-token"));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider });
    await expect(t.request({ service: "registry", method: "GET", path: "/x" })).resolves.toEqual({ ok: true });
  });

  it("a refused token that has not expired is a plain UnauthorizedError", async () => {
    const provider = recordingTokenProvider([jwt(past + 7200), jwt(past + 7200)]);
    server.script(reply(401, { detail: "Could not validate credentials" }));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: provider });
    const error = await t.request({ service: "registry", method: "GET", path: "/x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).not.toBeInstanceOf(TokenExpiredError);
    expect(error).not.toBeInstanceOf(NotAuthenticatedError);
  });

  it("a 401 to an auth: false call names that, not a missing provider", async () => {
    server.script(reply(401, { detail: "Not authenticated" }));
    const t = createTransport({ endpoints: { registry: server.origin }, tokenProvider: recordingTokenProvider(["t"]) });
    const error = await t.request({ service: "registry", method: "GET", path: "/x", auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAuthenticatedError);
    expect((error as Error).message).toContain("the operation was called with auth: false");
    expect((error as Error).message).not.toContain("no token provider");
  });
});
