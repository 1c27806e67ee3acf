// Token-lifecycle rules the single-flight tests do not reach: a refresh reply without a new
// refresh token, access tokens shorter-lived than the refresh skew, and an explicit offline
// token winning over a store. All against the local server's real token endpoint.
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeClaims, deviceFlow, memoryTokenStore, offlineToken, passwordGrant, tokenStoreKey, type FetchLike } from "../src/index.js";
import { DEVICE_GRANT, recordingFetch, steppingClock } from "./support/recording-fetch.js";

let server: LocalServer;

beforeAll(async () => {
  // Access tokens shorter-lived than the default 30 s refresh skew; refresh tokens good for 2 min.
  server = await startLocalServer({ devicePollIntervalSeconds: 0, accessTokenLifetimeSeconds: 20, refreshTokenLifetimeSeconds: 120 });
});
afterAll(() => server.stop());

describe("refresh replies", () => {
  it("keeps the previous refresh token when a refresh reply has none", async () => {
    const recorder = recordingFetch();
    const sentRefreshTokens: (string | null)[] = [];
    // Real replies, with refresh_token dropped from refresh-grant replies (RFC 6749 §6 allows it).
    const withoutRotation: FetchLike = async (input, init) => {
      const form = new URLSearchParams(typeof init.body === "string" ? init.body : "");
      const response = await recorder.fetch(input, init);
      if (form.get("grant_type") !== "refresh_token") return response;
      sentRefreshTokens.push(form.get("refresh_token"));
      if (!response.ok) return response;
      const { refresh_token: _dropped, ...rest } = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(rest), { status: 200, headers: { "content-type": "application/json" } });
    };
    const clock = steppingClock();
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", clock, fetch: withoutRotation });
    const first = await provider.getTokenSet();
    expect(first.refreshToken).toEqual(expect.any(String));

    clock.advance(21_000);
    const second = await provider.getTokenSet();
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).toBe(first.refreshToken);

    clock.advance(21_000);
    await provider.getToken();
    // Both refreshes used the original refresh token; no second password login was needed.
    expect(sentRefreshTokens).toEqual([first.refreshToken, first.refreshToken]);
    expect(recorder.count("password")).toBe(1);
  });
});

describe("a refresh token past its own expiry", () => {
  // The clock steps past the refresh token's expiry while the server (on real time) would still
  // take it: only the client's own bookkeeping can keep it from being sent.
  it("is not sent: a provider holding a password logs in again", async () => {
    const recorder = recordingFetch();
    const clock = steppingClock();
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", clock, fetch: recorder.fetch });
    const first = await provider.getTokenSet();
    expect(first.refreshExpiresAt).toBe(first.obtainedAt + 120_000);

    clock.advance(119_000); // access token stale, refresh token good for one more second
    const second = await provider.getToken();
    expect([recorder.count("refresh_token"), recorder.count("password")]).toEqual([1, 1]);

    clock.advance(121_000); // the refreshed tokens' refresh token is now past its expiry too
    const third = await provider.getToken();
    expect(new Set([first.accessToken, second, third]).size).toBe(3);
    expect([recorder.count("refresh_token"), recorder.count("password")]).toEqual([1, 2]);
  });

  it("is not sent: a device login asks the person again", async () => {
    const recorder = recordingFetch();
    const clock = steppingClock();
    const prompts: string[] = [];
    const provider = deviceFlow({
      issuer: server.issuer,
      clock,
      fetch: recorder.fetch,
      onPrompt: ({ userCode }) => {
        prompts.push(userCode);
        server.approveDevice(userCode, "user2");
      },
    });
    await provider.getToken();
    clock.advance(121_000);
    expect(decodeClaims(await provider.getToken()).username).toBe("user2");
    expect(prompts).toHaveLength(2);
    expect(recorder.count("refresh_token")).toBe(0);
    expect(recorder.count(DEVICE_GRANT)).toBe(2);
  });
});

describe("short-lived access tokens", () => {
  it("are used for half their lifetime when that is shorter than the skew", async () => {
    const recorder = recordingFetch();
    const clock = steppingClock();
    const provider = passwordGrant({ issuer: server.issuer, username: "user2", password: "user2", clock, fetch: recorder.fetch });
    const first = await provider.getToken();
    clock.advance(8_000); // 12 s of 20 left: inside the 30 s skew, but more than half the lifetime
    expect(await provider.getToken()).toBe(first);
    expect(recorder.count("refresh_token")).toBe(0);
    clock.advance(3_000); // 9 s left: past the half-lifetime mark
    expect(await provider.getToken()).not.toBe(first);
    expect(recorder.count("refresh_token")).toBe(1);
  });
});

describe("offlineToken with both a token and a store", () => {
  it("starts from the token given, not from what the store remembers", async () => {
    const login = deviceFlow({ issuer: server.issuer, offline: true, onPrompt: ({ userCode }) => server.approveDevice(userCode, "user3") });
    const offline = (await login.getTokenSet()).refreshToken!;
    const store = memoryTokenStore();
    const key = tokenStoreKey({ issuer: server.issuer, clientId: "automated-access", user: "default" });
    const now = Date.now();
    await store.set(key, { accessToken: "remembered-access-token", refreshToken: "remembered-offline-token", expiresAt: now + 3_600_000, obtainedAt: now, tokenType: "Bearer" });

    const token = await offlineToken({ issuer: server.issuer, offlineToken: offline, store }).getToken();
    expect(token).not.toBe("remembered-access-token");
    expect(decodeClaims(token).username).toBe("user3");
    // The fresh tokens replace the remembered ones.
    expect((await store.get(key))?.accessToken).toBe(token);
  });
});
