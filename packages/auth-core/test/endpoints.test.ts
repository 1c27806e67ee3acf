import { describe, expect, it } from "vitest";
import { AuthConfigurationError, keycloakEndpoints, keycloakIssuer, tokenStoreKey } from "../src/index.js";

describe("Keycloak endpoints", () => {
  it("derives the issuer from a Provena domain and realm", () => {
    expect(keycloakIssuer({ domain: "dev.provena.io", realm: "provena" })).toBe("https://auth.dev.provena.io/auth/realms/provena");
    expect(keycloakIssuer({ domain: "https://example.org/", realm: "my realm" })).toBe("https://auth.example.org/auth/realms/my%20realm");
    expect(() => keycloakIssuer({ domain: "", realm: "x" })).toThrow(AuthConfigurationError);
  });

  it("lays out the OIDC endpoints under any issuer", () => {
    const endpoints = keycloakEndpoints("http://127.0.0.1:9/auth/realms/provena/");
    expect(endpoints).toMatchObject({
      issuer: "http://127.0.0.1:9/auth/realms/provena",
      token: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/token",
      deviceAuthorization: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/auth/device",
      jwks: "http://127.0.0.1:9/auth/realms/provena/protocol/openid-connect/certs",
    });
  });

  it("refuses issuers that are not plain http(s) URLs", () => {
    expect(() => keycloakEndpoints("auth.example.org")).toThrow(/not an absolute URL/);
    expect(() => keycloakEndpoints("ftp://example.org/realm")).toThrow(/http\(s\)/);
    expect(() => keycloakEndpoints("https://user:pw@example.org/realm")).toThrow(/credentials/);
  });

  it("keys stored tokens by issuer, client and user without collisions", () => {
    const a = tokenStoreKey({ issuer: "https://x/realms/a", clientId: "c d", user: "u" });
    const b = tokenStoreKey({ issuer: "https://x/realms/a c", clientId: "d", user: "u" });
    expect(a).not.toBe(b);
  });
});
