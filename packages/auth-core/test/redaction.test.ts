import { inspect } from "node:util";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  clientCredentials,
  deviceFlow,
  externalToken,
  InvalidGrantError,
  memoryTokenStore,
  offlineToken,
  passwordGrant,
  staticToken,
  TokenRefreshError,
  TokenSet,
} from "../src/index.js";
import { fileTokenStore } from "../src/node/index.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
});
afterAll(() => server.stop());

function expectNoSecrets(rendered: string, secrets: readonly string[]): void {
  for (const secret of secrets) expect(rendered).not.toContain(secret);
}

function renderings(value: unknown): string {
  return [inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? "", String(value)].join("\n");
}

it("TokenSets and providers never show a token, a password or a secret", async () => {
  const store = memoryTokenStore();
  const password = passwordGrant({ issuer: server.issuer, username: "user1", password: "user1-password-value", store });
  // Wrong password: the login fails, and neither the provider nor its error may show it.
  const wrongPassword = await password.getToken().catch((e: unknown) => e);
  expect(wrongPassword).toBeInstanceOf(InvalidGrantError);
  expectNoSecrets(renderings(wrongPassword), ["user1-password-value"]);
  const user = passwordGrant({ issuer: server.issuer, username: "user2", password: "user2", store });
  const set = await user.getTokenSet();
  const service = clientCredentials({ issuer: server.issuer, clientId: "prov-api", clientSecret: "prov-api-secret" });
  const serviceToken = await service.getToken();
  const device = deviceFlow({ issuer: server.issuer, offline: true, onPrompt: ({ userCode }) => server.approveDevice(userCode, "user3") });
  const deviceSet = await device.getTokenSet();
  const offline = offlineToken({ issuer: server.issuer, offlineToken: deviceSet.refreshToken });
  const offlineAccess = await offline.getToken();
  const minted = server.mintToken("admin");

  const secrets = [
    set.accessToken,
    set.refreshToken!,
    serviceToken,
    "prov-api-secret",
    "user1-password-value",
    deviceSet.accessToken,
    deviceSet.refreshToken!,
    offlineAccess,
    minted,
  ];
  for (const value of [set, deviceSet, password, user, service, device, offline, store, staticToken(minted), externalToken(() => minted), fileTokenStore()]) {
    expectNoSecrets(renderings(value), secrets);
  }
  expect(inspect(set)).toMatch(/^TokenSet\(Bearer, expires \d{4}-.*, refreshable\)$/);
  expect(inspect(device)).toContain('kind: "deviceFlow"');
  expect(inspect(device)).toContain("tokens: TokenSet(Bearer");
  expect(JSON.parse(JSON.stringify(set))).toMatchObject({ accessToken: "[redacted]", refreshToken: "[redacted]", tokenType: "Bearer" });
});

it("errors never show the token or grant that failed", async () => {
  const deadToken = new TokenSet({
    accessToken: "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ",
    refreshToken: "eyJhbGciOiJSUzI1NiJ9.eyJ0eXAiOiJPZmZsaW5lIn0.b2ZmbGluZS1zaWduYXR1cmU",
    expiresAt: 0,
    obtainedAt: 0,
    tokenType: "Bearer",
  });
  const provider = offlineToken({ issuer: server.issuer, offlineToken: deadToken.refreshToken });
  const error = await provider.getToken().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TokenRefreshError);
  expectNoSecrets(renderings(error), [deadToken.refreshToken!]);
  expectNoSecrets((error as Error).stack ?? "", [deadToken.refreshToken!]);

  const wrongSecret = clientCredentials({ issuer: server.issuer, clientId: "auth-api", clientSecret: "very-secret-client-secret" });
  const secretError = await wrongSecret.getToken().catch((e: unknown) => e);
  expectNoSecrets(renderings(secretError), ["very-secret-client-secret"]);
});
