import { inspect } from "node:util";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AbortError,
  AuthConfigurationError,
  clientCredentials,
  decodeClaims,
  deviceFlow,
  LoginRequiredError,
  memoryTokenStore,
  offlineToken,
  passwordGrant,
  RefreshingTokenProvider,
  TokenRefreshError,
  TokenSet,
  tokenStoreKey,
} from "../src/index.js";
import { recordingFetch, steppingClock } from "./support/recording-fetch.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ accessTokenLifetimeSeconds: 300 });
});
afterAll(() => server.stop());

describe("single-flight refresh", () => {
  it("100 concurrent getToken() calls on an expired token cause exactly one refresh", async () => {
    const recorder = recordingFetch();
    const clock = steppingClock();
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", clock, fetch: recorder.fetch });
    const first = await provider.getToken();
    expect(recorder.count("password")).toBe(1);

    clock.advance(301_000);
    const tokens = await Promise.all(Array.from({ length: 100 }, () => provider.getToken()));

    expect(recorder.count("refresh_token")).toBe(1);
    expect(recorder.count("password")).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(first);
  });

  it("refreshes within the skew before expiry, not before", async () => {
    const recorder = recordingFetch();
    const clock = steppingClock();
    const provider = passwordGrant({
      issuer: server.issuer,
      username: "user1",
      password: "user1",
      clock,
      fetch: recorder.fetch,
      refreshSkewSeconds: 60,
    });
    const first = await provider.getToken();
    clock.advance(230_000); // 70 s left: still fresh with a 60 s skew
    expect(await provider.getToken()).toBe(first);
    expect(recorder.count("refresh_token")).toBe(0);
    clock.advance(20_000); // 50 s left: inside the skew
    expect(await provider.getToken()).not.toBe(first);
    expect(recorder.count("refresh_token")).toBe(1);
  });

  it("forceRefresh callers share the same single flight", async () => {
    const recorder = recordingFetch();
    const provider = passwordGrant({ issuer: server.issuer, username: "user2", password: "user2", fetch: recorder.fetch });
    const first = await provider.getToken();
    const tokens = await Promise.all([
      ...Array.from({ length: 20 }, () => provider.getToken({ forceRefresh: true })),
      ...Array.from({ length: 20 }, () => provider.getToken()),
    ]);
    expect(recorder.count("refresh_token")).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(first);
  });

  it("a refused refresh with a password at hand: one login again inside the same flight, for every concurrent caller", async () => {
    // Stored tokens whose access token has expired and whose refresh token the realm rejects.
    const store = memoryTokenStore();
    const key = tokenStoreKey({ issuer: server.issuer, clientId: "integration-tests", user: "user3" });
    const now = Date.now();
    await store.set(key, { accessToken: "expired", refreshToken: "revoked-refresh-token", expiresAt: now - 1000, obtainedAt: now - 301_000, tokenType: "Bearer" });
    const recorder = recordingFetch();
    const provider = passwordGrant({ issuer: server.issuer, username: "user3", password: "user3", store, fetch: recorder.fetch });

    const tokens = await Promise.all(Array.from({ length: 50 }, () => provider.getToken()));

    expect(recorder.exchanges.map((e) => [e.grantType, e.status, e.error])).toEqual([
      ["refresh_token", 400, "invalid_grant"],
      ["password", 200, undefined],
    ]);
    expect(new Set(tokens).size).toBe(1);
    expect(decodeClaims(tokens[0]!).username).toBe("user3");
    expect((await store.get(key))?.accessToken).toBe(tokens[0]);
  });

  it("a refused refresh with no credentials at hand (device flow): every concurrent caller gets one LoginRequiredError, nobody is prompted", async () => {
    const store = memoryTokenStore();
    const key = tokenStoreKey({ issuer: server.issuer, clientId: "client-tools", user: "default" });
    const now = Date.now();
    await store.set(key, { accessToken: "expired", refreshToken: "revoked-refresh-token", expiresAt: now - 1000, obtainedAt: now - 301_000, tokenType: "Bearer" });
    const recorder = recordingFetch();
    let prompts = 0;
    const provider = deviceFlow({ issuer: server.issuer, store, fetch: recorder.fetch, onPrompt: () => void prompts++ });

    const results = await Promise.allSettled(Array.from({ length: 50 }, () => provider.getToken()));

    expect(recorder.count("refresh_token")).toBe(1);
    expect(prompts).toBe(0);
    const reasons = results.map((r) => (r.status === "rejected" ? (r.reason as unknown) : undefined));
    expect(reasons.every((reason) => reason === reasons[0])).toBe(true);
    const error = reasons[0] as LoginRequiredError;
    expect(error).toBeInstanceOf(LoginRequiredError);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect(error.code).toBe("invalid_grant");
    expect(error.message).toMatch(/Refreshing the access token failed: .* log in again\.$/);
    expect(error.message).not.toContain("revoked-refresh-token");
  });

  it("a transient refresh failure keeps the refresh token for the next attempt", async () => {
    const clock = steppingClock();
    let offline = false;
    const recorder = recordingFetch();
    const flaky = (input: string, init: RequestInit) =>
      offline ? Promise.reject(new TypeError("fetch failed")) : recorder.fetch(input, init);
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", clock, fetch: flaky });
    await provider.getToken();
    clock.advance(301_000);
    offline = true;
    const errors = await Promise.allSettled([provider.getToken(), provider.getToken()]);
    expect(errors.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    const error = (errors[0] as PromiseRejectedResult).reason as TokenRefreshError;
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect(error.code).toBeUndefined();
    expect(error.message).toMatch(/Could not reach the identity provider/);
    offline = false;
    await provider.getToken();
    expect(recorder.count("refresh_token")).toBe(1);
    expect(recorder.count("password")).toBe(1);
  });

  it("one caller aborting does not abort the refresh the others wait for", async () => {
    const recorder = recordingFetch();
    const provider = offlineToken({ issuer: server.issuer, clientId: "integration-tests", offlineToken: await offlineSeed(), fetch: recorder.fetch });
    const controller = new AbortController();
    const aborted = provider.getToken({ signal: controller.signal });
    const others = Promise.all([provider.getToken(), provider.getToken()]);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortError);
    const tokens = await others;
    expect(tokens[0]).toBe(tokens[1]);
    expect(recorder.count("refresh_token")).toBe(1);
  });

  it("getTokenSet exposes expiry and the refresh token without leaking them in JSON", async () => {
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" });
    const set = await provider.getTokenSet();
    expect(set).toBeInstanceOf(TokenSet);
    expect(set.expiresAt - set.obtainedAt).toBe(300_000);
    expect(set.refreshToken).toBeTypeOf("string");
    expect(JSON.stringify(set)).not.toContain(set.accessToken);
  });
});

describe("what a provider remembers, and what it gives up", () => {
  it("a forced refresh for a token already replaced returns the new one; for the current one it refreshes", async () => {
    const recorder = recordingFetch();
    const provider = passwordGrant({ issuer: server.issuer, username: "user2", password: "user2", fetch: recorder.fetch });
    const first = await provider.getToken();
    const second = await provider.getToken({ forceRefresh: true, rejectedToken: first });
    expect(second).not.toBe(first);
    // A straggler's 401 for the first token: the second one is the answer, no third refresh.
    expect(await provider.getToken({ forceRefresh: true, rejectedToken: first })).toBe(second);
    expect(recorder.count("refresh_token")).toBe(1);
    // Without saying which token was refused, a forced refresh always refreshes.
    expect(await provider.getToken({ forceRefresh: true })).not.toBe(second);
    expect(recorder.count("refresh_token")).toBe(2);
  });

  it("an aborted signal, the caller's or the provider's, fails at once without a request", async () => {
    const recorder = recordingFetch();
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", fetch: recorder.fetch });
    await expect(provider.getToken({ signal: AbortSignal.abort(new Error("caller gave up")) })).rejects.toBeInstanceOf(AbortError);
    const shutdown = new AbortController();
    const stopped = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", fetch: recorder.fetch, signal: shutdown.signal });
    await stopped.getToken();
    shutdown.abort();
    await expect(stopped.getToken()).rejects.toBeInstanceOf(AbortError);
    expect(recorder.exchanges).toHaveLength(1);
  });

  it("lists the secrets it holds for the transport to scrub: credentials and current tokens, nothing empty", async () => {
    const provider = passwordGrant({ issuer: server.issuer, clientId: "integration-tests", clientSecret: "", username: "user1", password: "user1" });
    expect(provider.secrets?.()).toEqual(["user1"]);
    const set = await provider.getTokenSet();
    expect(provider.secrets?.()).toEqual(["user1", set.accessToken, set.refreshToken]);
    const service = clientCredentials({ issuer: server.issuer, clientId: "prov-api", clientSecret: "prov-api-secret" });
    expect(service.secrets?.()).toEqual(["prov-api-secret"]);
  });

  it("clear() forgets the tokens and deletes them from the store: the next call logs in, not from the store", async () => {
    const recorder = recordingFetch();
    const store = memoryTokenStore();
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", store, fetch: recorder.fetch });
    const key = tokenStoreKey({ issuer: server.issuer, clientId: "integration-tests", user: "user1" });
    const first = await provider.getToken();
    expect((await store.get(key))?.accessToken).toBe(first);
    expect(JSON.parse(JSON.stringify(provider))).toMatchObject({ kind: "passwordGrant", username: "user1", tokens: { accessToken: "[redacted]" } });
    await provider.clear();
    expect(await store.get(key)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(provider))).toMatchObject({ tokens: "none" });
    expect(inspect(provider)).toBe(`TokenProvider { kind: "passwordGrant", issuer: ${JSON.stringify(server.issuer)}, clientId: "integration-tests", username: "user1", tokens: none }`);
    // Something written to the store after clear() is not picked up: this provider logs in itself.
    const now = Date.now();
    await store.set(key, { accessToken: "written-elsewhere", expiresAt: now + 3_600_000, obtainedAt: now, tokenType: "Bearer" });
    const next = await provider.getToken();
    expect(next).not.toBe("written-elsewhere");
    expect(recorder.count("password")).toBe(2);
  });

  it("a store needs a key to keep tokens under", () => {
    const lifecycle = { acquire: () => Promise.reject(new Error("unused")), refresh: () => Promise.reject(new Error("unused")) };
    expect(() => new RefreshingTokenProvider({ lifecycle, store: memoryTokenStore(), description: {} })).toThrow(AuthConfigurationError);
    expect(() => new RefreshingTokenProvider({ lifecycle, store: memoryTokenStore(), description: {} })).toThrow("A token store needs a store key.");
  });
});

async function offlineSeed(): Promise<string> {
  const body = new URLSearchParams({ grant_type: "password", client_id: "integration-tests", username: "user1", password: "user1" });
  const response = await fetch(`${server.issuer}/protocol/openid-connect/token`, { method: "POST", body });
  const json = (await response.json()) as { refresh_token: string };
  return json.refresh_token;
}
