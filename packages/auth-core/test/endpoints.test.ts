import { describe, expect, it } from "vitest";
import { AuthConfigurationError, keycloakEndpoints, keycloakIssuer, passwordGrant, tokenStoreKey } from "../src/index.js";

describe("Keycloak endpoints", () => {
  it("derives the issuer from a Provena domain and realm", () => {
    expect(keycloakIssuer({ domain: "dev.provena.io", realm: "provena" })).toBe("https://auth.dev.provena.io/auth/realms/provena");
    expect(keycloakIssuer({ domain: "https://example.org/", realm: "my realm" })).toBe("https://auth.example.org/auth/realms/my%20realm");
    expect(() => keycloakIssuer({ domain: "", realm: "x" })).toThrow(AuthConfigurationError);
  });

  it("takes a domain however it is pasted: spaces, http or https, trailing slashes", () => {
    for (const domain of ["  example.org  ", "http://example.org", "https://example.org//", " https://example.org/ "]) {
      expect(keycloakIssuer({ domain, realm: "provena" })).toBe("https://auth.example.org/auth/realms/provena");
    }
    // A scheme is only stripped at the start.
    expect(keycloakIssuer({ domain: "example.org/http://x", realm: "r" })).toBe("https://auth.example.org/http://x/auth/realms/r");
    for (const [domain, realm] of [["https://", "r"], [" / ", "r"], ["example.org", "  "], ["example.org", ""]]) {
      expect(() => keycloakIssuer({ domain: domain!, realm: realm! })).toThrow(new AuthConfigurationError("A Keycloak issuer needs a non-empty domain and realm."));
    }
  });

  it("passwordGrant takes domain + realm in place of an issuer", () => {
    const provider = passwordGrant({ domain: "example.org", realm: "provena", username: "u", password: "p" });
    expect(JSON.parse(JSON.stringify(provider))).toMatchObject({ issuer: "https://auth.example.org/auth/realms/provena" });
  });

  it("lays out the OIDC endpoints under any issuer", () => {
    const endpoints = keycloakEndpoints("http://127.0.0.1:9/auth/realms/provena/");
    expect(endpoints).toEqual({
      issuer: "http://127.0.0.1:9/auth/realms/provena",
      token: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/token",
      deviceAuthorization: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/auth/device",
      jwks: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/certs",
      userinfo: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/userinfo",
      revocation: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/revoke",
      endSession: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/logout",
    });
    expect(keycloakEndpoints("https://idp.example/realms/r///").issuer).toBe("https://idp.example/realms/r");
  });

  it("refuses issuers that are not plain http(s) URLs", () => {
    expect(() => keycloakEndpoints("auth.example.org")).toThrow(/not an absolute URL/);
    expect(() => keycloakEndpoints("ftp://example.org/realm")).toThrow(/http\(s\)/);
    expect(() => keycloakEndpoints("https://user:pw@example.org/realm")).toThrow(/credentials/);
    const notUrl = (() => {
      try {
        keycloakEndpoints("auth.example.org");
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect((notUrl as Error).cause).toBeInstanceOf(TypeError);
    // Each of these alone is refused: a user name, a password, a query, a fragment.
    for (const issuer of ["https://user@example.org/realm", "https://:pw@example.org/realm", "https://example.org/realm?x=1", "https://example.org/realm#top"]) {
      expect(() => keycloakEndpoints(issuer)).toThrow("The issuer URL must not carry credentials, a query or a fragment.");
    }
  });

  it("keys stored tokens by issuer, client and user without collisions", () => {
    const a = tokenStoreKey({ issuer: "https://x/realms/a", clientId: "c d", user: "u" });
    const b = tokenStoreKey({ issuer: "https://x/realms/a c", clientId: "d", user: "u" });
    expect(a).not.toBe(b);
  });
});
