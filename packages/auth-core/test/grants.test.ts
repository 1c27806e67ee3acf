import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthConfigurationError,
  AuthError,
  clearDiscoveryCache,
  clientCredentials,
  decodeClaims,
  discoverEndpoints,
  externalToken,
  IdentityProviderError,
  InvalidGrantError,
  OAuthError,
  passwordGrant,
  RealmNotFoundError,
  staticToken,
  type GetTokenOptions,
} from "../src/index.js";
import { recordingFetch, steppingClock } from "./support/recording-fetch.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ accessTokenLifetimeSeconds: 120 });
});
afterAll(() => server.stop());

describe("clientCredentials", () => {
  it("gets a service-account token and asks again after expiry (no refresh token issued)", async () => {
    const recorder = recordingFetch();
    const clock = steppingClock();
    const provider = clientCredentials({
      issuer: server.issuer,
      clientId: "registry-api",
      clientSecret: "registry-api-secret",
      clock,
      fetch: recorder.fetch,
    });
    const token = await provider.getToken();
    const claims = decodeClaims(token);
    expect(claims.username).toBe("service-account-registry-api");
    expect(claims.clientId).toBe("registry-api");
    expect(claims.roles).toContain("entity-registry-read");
    expect(await provider.getToken()).toBe(token);

    clock.advance(121_000);
    expect(await provider.getToken()).not.toBe(token);
    expect(recorder.count("client_credentials")).toBe(2);
    expect(recorder.count("refresh_token")).toBe(0);
  });

  it("reports a wrong secret without echoing it", async () => {
    const provider = clientCredentials({ issuer: server.issuer, clientId: "registry-api", clientSecret: "wrong-secret-value" });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).status).toBe(401);
    expect((error as OAuthError).code).toBe("unauthorized_client");
    expect((error as Error).message).toContain("Invalid client or Invalid client credentials");
    expect((error as Error).message).not.toContain("wrong-secret-value");
  });
});

describe("passwordGrant", () => {
  it("logs in with the integration-tests client", async () => {
    const provider = passwordGrant({ issuer: server.issuer, username: "admin", password: "admin" });
    const claims = decodeClaims(await provider.getToken());
    expect(claims.username).toBe("admin");
    expect(claims.clientId).toBe("integration-tests");
    expect(claims.roles).toContain("entity-registry-admin");
  });

  it("fails with InvalidGrantError on a wrong password, without echoing it", async () => {
    const provider = passwordGrant({ issuer: server.issuer, username: "user1", password: "hunter2-wrong" });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidGrantError);
    expect((error as InvalidGrantError).code).toBe("invalid_grant");
    expect((error as Error).message).toContain("Invalid user credentials");
    expect((error as Error).message).not.toContain("hunter2-wrong");
  });

  it("reports an unreachable identity provider as IdentityProviderError", async () => {
    const dead = await startLocalServer();
    const issuer = dead.issuer;
    await dead.stop();
    const provider = passwordGrant({ issuer, username: "user1", password: "user1" });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityProviderError);
    expect((error as Error).message).toMatch(/Could not reach the identity provider \(POST http:\/\/127\.0\.0\.1:\d+\/auth\/realms\/provena\/protocol\/openid-connect\/token\)/);
  });
});

describe("endpoints", () => {
  it("discovers the endpoints from the OIDC configuration and logs in through them", async () => {
    const endpoints = await discoverEndpoints(server.issuer);
    expect(endpoints.issuer).toBe(server.issuer);
    expect(endpoints.token).toBe(`${server.issuer}/protocol/openid-connect/token`);
    expect(endpoints.deviceAuthorization).toBe(`${server.issuer}/protocol/openid-connect/auth/device`);
    const provider = passwordGrant({ issuer: server.issuer, discovery: true, username: "user1", password: "user1" });
    expect(decodeClaims(await provider.getToken()).username).toBe("user1");
  });

  it("caches the discovery document per issuer", async () => {
    clearDiscoveryCache();
    const recorder = recordingFetch();
    const [a, b] = await Promise.all([
      discoverEndpoints(server.issuer, { fetch: recorder.fetch }),
      discoverEndpoints(`${server.issuer}/`, { fetch: recorder.fetch }),
    ]);
    expect(a).toBe(b);
    expect(recorder.exchanges).toHaveLength(1);
    expect(recorder.exchanges[0]!.url).toBe(`${server.issuer}/.well-known/openid-configuration`);
    await discoverEndpoints(server.issuer, { fetch: recorder.fetch, cache: false });
    expect(recorder.exchanges).toHaveLength(2);
  });

  it("reports a discovery document that is missing for an unknown realm as a RealmNotFoundError", async () => {
    const error = await discoverEndpoints(`${server.origin}/auth/realms/nope`, { cache: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RealmNotFoundError);
    expect((error as RealmNotFoundError).status).toBe(404);
    expect((error as Error).message).toMatch(/The realm "nope" does not exist on the identity provider \(HTTP 404 from .*\/auth\/realms\/nope\/\.well-known\/openid-configuration\): Realm does not exist: .*\. Check the realm name/);
  });

  it("rejects ambiguous or missing locations", () => {
    expect(() => passwordGrant({ username: "u", password: "p" })).toThrow(AuthConfigurationError);
    expect(() => passwordGrant({ issuer: server.issuer, domain: "example.org", realm: "r", username: "u", password: "p" })).toThrow(
      /exactly one of/,
    );
    expect(() => passwordGrant({ domain: "example.org", username: "u", password: "p" })).toThrow(/realm/);
  });
});

describe("staticToken and externalToken", () => {
  it("staticToken always returns its token", async () => {
    const token = server.mintToken("user1");
    const provider = staticToken(token);
    expect(await provider.getToken()).toBe(token);
    expect(await provider.getToken({ forceRefresh: true })).toBe(token);
    expect(() => staticToken("")).toThrow(AuthConfigurationError);
  });

  it("externalToken passes forceRefresh through and checks the result", async () => {
    const seen: GetTokenOptions[] = [];
    const provider = externalToken((options) => {
      seen.push(options);
      return server.mintToken("user2");
    });
    expect(decodeClaims(await provider.getToken()).username).toBe("user2");
    await provider.getToken({ forceRefresh: true });
    expect(seen.map((o) => o.forceRefresh)).toEqual([undefined, true]);

    const broken = externalToken(() => "");
    await expect(broken.getToken()).rejects.toBeInstanceOf(AuthError);
  });
});
