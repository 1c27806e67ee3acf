// The providers plug straight into http-core's transport: a bearer token on every call, and
// the transport's one refresh-and-retry after a 401 goes through the provider's single flight.
import { createTransport } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { memoryTokenStore, passwordGrant, tokenStoreKey } from "../src/index.js";
import { recordingFetch } from "./support/recording-fetch.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

interface CheckedUser {
  username: string;
  roles: string[];
}

it("authenticates transport calls and refreshes once after a 401", async () => {
  // The provider believes its stored token is fresh, but the realm already considers it expired.
  const store = memoryTokenStore();
  const now = Date.now();
  const refreshSeed = await passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" }).getTokenSet();
  await store.set(tokenStoreKey({ issuer: server.issuer, clientId: "integration-tests", user: "user1" }), {
    accessToken: server.mintToken("user1", { lifetimeSeconds: -60 }),
    refreshToken: refreshSeed.refreshToken,
    expiresAt: now + 3_600_000,
    obtainedAt: now,
    tokenType: "Bearer",
  });
  const recorder = recordingFetch();
  const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1", store, fetch: recorder.fetch });
  const transport = createTransport({ endpoints: server.endpoints, tokenProvider: provider, retry: false });

  const user = await transport.request<CheckedUser>({
    service: "registry",
    method: "GET",
    path: "/check-access/check-read-access",
    envelope: false,
  });

  expect(user.username).toBe("user1");
  expect(user.roles).toContain("entity-registry-read");
  expect(recorder.count("refresh_token")).toBe(1);
  expect(recorder.count("password")).toBe(0);
});
