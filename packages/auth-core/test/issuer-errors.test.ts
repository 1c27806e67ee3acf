// A wrong realm and an issuer given as the bare origin: both are 404s from the identity
// provider, and each error says what to fix (the realm name; the realm URL shape).
import { inspect } from "node:util";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clearDiscoveryCache,
  discoverEndpoints,
  IdentityProviderError,
  IssuerNotFoundError,
  OAuthError,
  passwordGrant,
  RealmNotFoundError,
} from "../src/index.js";

let server: LocalServer;
const PASSWORD = "pw-that-must-not-leak-7731";

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

describe("a wrong realm", () => {
  it("is a RealmNotFoundError naming the realm used, without a doubled full stop", async () => {
    const issuer = `${server.origin}/auth/realms/provena-typo`;
    const error = await passwordGrant({ issuer, username: "user1", password: PASSWORD }).getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RealmNotFoundError);
    expect(error).toBeInstanceOf(OAuthError);
    const realmError = error as RealmNotFoundError;
    expect(realmError.realm).toBe("provena-typo");
    expect(realmError.issuer).toBe(issuer);
    expect(realmError.status).toBe(404);
    expect(realmError.code).toBe("Realm does not exist");
    expect(realmError.message).toContain('The realm "provena-typo" does not exist');
    // The server's words come through whole, even after a URL ending in /token.
    expect(realmError.message).toContain(`(HTTP 404 from ${issuer}/protocol/openid-connect/token): Realm does not exist: For more on this error consult the server log. Check the realm name`);
    expect(realmError.message).toContain("PROVENA_REALM");
    expect(realmError.message).toContain(issuer);
    expect(realmError.message).not.toMatch(/\.\./);
    expect(realmError.message).not.toContain(PASSWORD);
    expect(inspect(realmError)).toContain("realm: 'provena-typo'");
    expect(inspect(realmError)).not.toContain(PASSWORD);
  });

  it("is the same error through discovery", async () => {
    clearDiscoveryCache();
    const error = await discoverEndpoints(`${server.origin}/auth/realms/other`, { cache: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RealmNotFoundError);
    expect((error as RealmNotFoundError).realm).toBe("other");
    expect((error as Error).message).not.toMatch(/\.\./);
  });

  it("the right realm still logs in (the check is not over-eager)", async () => {
    await expect(passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" }).getToken()).resolves.toMatch(/^eyJ/);
  });
});

describe("an issuer given as the bare origin", () => {
  it("is an IssuerNotFoundError that says the realm URL is expected", async () => {
    const error = await passwordGrant({ issuer: server.origin, username: "user1", password: PASSWORD }).getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssuerNotFoundError);
    expect(error).toBeInstanceOf(IdentityProviderError);
    const issuerError = error as IssuerNotFoundError;
    expect(issuerError.status).toBe(404);
    expect(issuerError.issuer).toBe(server.origin);
    expect(issuerError.message).toContain(`${server.origin}/auth/realms/<realm>`);
    expect(issuerError.message).toContain("is not a Keycloak realm URL");
    expect(issuerError.message).not.toContain(PASSWORD);
  });

  it("says the same through discovery", async () => {
    const error = await discoverEndpoints(`${server.origin}/auth`, { cache: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssuerNotFoundError);
    expect((error as Error).message).toContain(`${server.origin}/auth/realms/<realm>`);
  });
});

describe("OAuthError's message", () => {
  it("ends one sentence with one full stop when the description has its own", () => {
    const error = new OAuthError({ code: "invalid_request", description: "Missing parameter.", status: 400, url: "https://idp.example/token" });
    expect(error.message).toBe("The identity provider rejected the request (HTTP 400 from https://idp.example/token): invalid_request: Missing parameter.");
  });
});
