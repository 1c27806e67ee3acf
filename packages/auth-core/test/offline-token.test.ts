import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthConfigurationError,
  decodeClaims,
  deviceFlow,
  memoryTokenStore,
  MissingTokenError,
  offlineToken,
  TokenRefreshError,
  tokenStoreKey,
  type TokenStore,
} from "../src/index.js";
import { recordingFetch, steppingClock } from "./support/recording-fetch.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0, accessTokenLifetimeSeconds: 60 });
});
afterAll(() => server.stop());

/** Logs in once with the device flow (automated-access, offline) and returns the store. */
async function loginOffline(store: TokenStore): Promise<void> {
  const login = deviceFlow({
    issuer: server.issuer,
    offline: true,
    store,
    onPrompt: ({ userCode }) => server.approveDevice(userCode, "user3"),
  });
  const tokens = await login.getTokenSet();
  expect(tokens.isOffline).toBe(true);
  expect(tokens.refreshExpiresAt).toBeUndefined();
  expect(decodeClaims(tokens.accessToken).clientId).toBe("automated-access");
}

describe("offlineToken", () => {
  it("gets access tokens from a stored offline token and persists the rotated one", async () => {
    const store = memoryTokenStore();
    await loginOffline(store);
    const key = tokenStoreKey({ issuer: server.issuer, clientId: "automated-access", user: "default" });
    const first = (await store.get(key))!;
    expect(decodeClaims(first.refreshToken!).raw.typ).toBe("Offline");

    // A fresh provider that knows only the store; its clock is past the stored access token's expiry.
    const clock = steppingClock();
    clock.advance(120_000);
    const recorder = recordingFetch();
    const provider = offlineToken({ issuer: server.issuer, store, clock, fetch: recorder.fetch });

    const token = await provider.getToken();
    expect(token).not.toBe(first.accessToken);
    expect(decodeClaims(token).username).toBe("user3");
    expect(recorder.count("refresh_token")).toBe(1);

    const second = (await store.get(key))!;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(decodeClaims(second.refreshToken!).raw.typ).toBe("Offline");
    expect(second.accessToken).toBe(token);

    // The next refresh uses the rotated token.
    clock.advance(120_000);
    const again = await provider.getToken();
    expect(again).not.toBe(token);
    expect(recorder.count("refresh_token")).toBe(2);
    expect((await store.get(key))!.refreshToken).not.toBe(second.refreshToken);
  });

  it("accepts the offline token directly", async () => {
    const store = memoryTokenStore();
    await loginOffline(store);
    const stored = (await store.get(tokenStoreKey({ issuer: server.issuer, clientId: "automated-access", user: "default" })))!;
    const provider = offlineToken({ issuer: server.issuer, offlineToken: stored.refreshToken });
    expect(decodeClaims(await provider.getToken()).username).toBe("user3");
  });

  it("says clearly when nothing is stored", async () => {
    const provider = offlineToken({ issuer: server.issuer, store: memoryTokenStore(), user: "nobody" });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingTokenError);
    expect((error as Error).message).toContain('user "nobody"');
    expect((error as Error).message).toContain("deviceFlow({ offline: true, store })");
  });

  it("rejects a dead offline token with TokenRefreshError(invalid_grant)", async () => {
    const provider = offlineToken({ issuer: server.issuer, offlineToken: "not-an-offline-token" });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRefreshError);
    expect((error as TokenRefreshError).code).toBe("invalid_grant");
    expect((error as Error).message).not.toContain("not-an-offline-token");
  });

  it("needs a token or a store", () => {
    expect(() => offlineToken({ issuer: server.issuer })).toThrow(AuthConfigurationError);
  });
});
