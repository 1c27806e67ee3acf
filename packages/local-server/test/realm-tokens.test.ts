import { createPublicKey, verify } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startLocalServer, stableUserId, REALM_ROLE_CATALOGUE, type LocalServer } from "../src/index.js";
import { claimsOf, getJson, headerOf, postForm, verifiesWithPublicKey } from "./helpers.js";

let server: LocalServer;
let tokenUrl: string;

beforeAll(async () => {
  server = await startLocalServer({ devicePollIntervalSeconds: 0 });
  tokenUrl = `${server.issuer}/protocol/openid-connect/token`;
});
afterAll(() => server.stop());
afterEach(() => {
  vi.useRealTimers();
});

const password = (username: string, pw = username, extra: Record<string, string> = {}) =>
  postForm(tokenUrl, { grant_type: "password", client_id: "integration-tests", username, password: pw, ...extra });

describe("realm metadata, discovery and JWKS", () => {
  it("serves Keycloak's realm metadata whose public_key verifies a minted token", async () => {
    const { status, body } = await getJson(server.issuer);
    expect(status).toBe(200);
    expect(body).toEqual({
      realm: "provena",
      public_key: expect.stringMatching(/^[A-Za-z0-9+/=]+$/),
      "token-service": `${server.issuer}/protocol/openid-connect`,
      "account-service": `${server.issuer}/account`,
      "tokens-not-before": 0,
    });
    expect(body.public_key).not.toContain("BEGIN");
    const token = server.mintToken("user1");
    expect(verifiesWithPublicKey(token, body.public_key as string)).toBe(true);
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(verifiesWithPublicKey(tampered, body.public_key as string)).toBe(false);
  });

  it("serves OIDC discovery pointing at working endpoints", async () => {
    const { status, body } = await getJson(`${server.issuer}/.well-known/openid-configuration`);
    expect(status).toBe(200);
    const oidc = `${server.issuer}/protocol/openid-connect`;
    expect(body).toMatchObject({
      issuer: server.issuer,
      token_endpoint: `${oidc}/token`,
      device_authorization_endpoint: `${oidc}/auth/device`,
      jwks_uri: `${oidc}/certs`,
      userinfo_endpoint: `${oidc}/userinfo`,
    });
    expect(body.grant_types_supported).toEqual(
      expect.arrayContaining(["password", "refresh_token", "client_credentials", "urn:ietf:params:oauth:grant-type:device_code"]),
    );
  });

  it("serves a JWKS whose kid and key verify tokens", async () => {
    const { body } = await getJson<{ keys: Record<string, string>[] }>(`${server.issuer}/protocol/openid-connect/certs`);
    expect(body.keys).toHaveLength(1);
    const jwk = body.keys[0]!;
    expect(jwk).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" });
    const token = server.mintToken("admin");
    expect(headerOf(token)).toEqual({ alg: "RS256", typ: "JWT", kid: jwk.kid });
    const key = createPublicKey({ key: jwk, format: "jwk" });
    const [h, p, s] = token.split(".");
    expect(verify("sha256", Buffer.from(`${h}.${p}`), key, Buffer.from(s!, "base64url"))).toBe(true);
  });

  it("answers 404 for another realm name", async () => {
    const { status, body } = await getJson(`${server.origin}/auth/realms/other`);
    expect(status).toBe(404);
    expect(body.error).toBe("Realm does not exist");
  });
});

describe("password grant", () => {
  it("issues Keycloak-shaped tokens", async () => {
    const { status, body, headers } = await password("user1", "user1", { scope: "openid" });
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(body).toEqual({
      access_token: expect.any(String),
      expires_in: 300,
      refresh_expires_in: 1800,
      refresh_token: expect.any(String),
      token_type: "Bearer",
      id_token: expect.any(String),
      "not-before-policy": 0,
      session_state: expect.any(String),
      scope: "openid profile email",
    });
    const claims = claimsOf(body.access_token as string);
    expect(claims).toMatchObject({
      iss: server.issuer,
      aud: "account",
      sub: stableUserId("provena", "user1"),
      typ: "Bearer",
      azp: "integration-tests",
      session_state: body.session_state,
      sid: body.session_state,
      scope: "openid profile email",
      realm_access: { roles: ["entity-registry-read", "entity-registry-write"] },
      preferred_username: "user1",
      email: "user1@example.com",
      email_verified: true,
      given_name: "user1",
      family_name: "Local",
      name: "user1 Local",
    });
    expect(claims.exp - claims.iat).toBe(300);
    expect(typeof claims.jti).toBe("string");
    expect(claimsOf(body.refresh_token as string)).toMatchObject({ typ: "Refresh", azp: "integration-tests", sub: claims.sub });
    expect(claimsOf(body.id_token as string)).toMatchObject({ typ: "ID", aud: "integration-tests", preferred_username: "user1" });
  });

  it("gives admin every catalogue role", async () => {
    const { body } = await password("admin");
    expect(claimsOf(body.access_token as string).realm_access.roles).toEqual([...REALM_ROLE_CATALOGUE]);
  });

  it("rejects bad credentials with 401 invalid_grant", async () => {
    const { status, body } = await password("user1", "wrong");
    expect(status).toBe(401);
    expect(body).toEqual({ error: "invalid_grant", error_description: "Invalid user credentials" });
    expect((await password("nobody")).status).toBe(401);
  });

  it("rejects clients without direct access grants, unknown clients and bad grant types", async () => {
    const tools = await postForm(tokenUrl, { grant_type: "password", client_id: "client-tools", username: "user1", password: "user1" });
    expect(tools.status).toBe(400);
    expect(tools.body).toEqual({ error: "unauthorized_client", error_description: "Client not allowed for direct access grants" });
    const unknown = await postForm(tokenUrl, { grant_type: "password", client_id: "nope", username: "user1", password: "user1" });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe("invalid_client");
    const grant = await postForm(tokenUrl, { grant_type: "implicit", client_id: "integration-tests" });
    expect(grant.status).toBe(400);
    expect(grant.body).toEqual({ error: "unsupported_grant_type", error_description: "Unsupported grant_type" });
    const missing = await postForm(tokenUrl, { client_id: "integration-tests" });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ error: "invalid_request", error_description: "Missing form parameter: grant_type" });
  });

  it("refuses offline_access for a client not allowed it", async () => {
    const { status, body } = await password("user1", "user1", { scope: "offline_access" });
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_scope");
  });

  it("puts roles changed at runtime in the next token", async () => {
    server.setUserRoles("user3", ["entity-registry-read", "sys-admin-read"]);
    try {
      const { body } = await password("user3");
      expect(claimsOf(body.access_token as string).realm_access.roles).toEqual(["entity-registry-read", "sys-admin-read"]);
    } finally {
      server.setUserRoles("user3", ["entity-registry-read", "entity-registry-write"]);
    }
  });
});

describe("refresh_token grant", () => {
  const refresh = (token: string, clientId = "integration-tests") =>
    postForm(tokenUrl, { grant_type: "refresh_token", client_id: clientId, refresh_token: token });

  it("returns a new pair in the same session", async () => {
    const first = (await password("user2")).body;
    const { status, body } = await refresh(first.refresh_token as string);
    expect(status).toBe(200);
    expect(body.access_token).not.toBe(first.access_token);
    expect(body.refresh_token).toEqual(expect.any(String));
    expect(body.session_state).toBe(first.session_state);
    expect(claimsOf(body.access_token as string).preferred_username).toBe("user2");
  });

  it("rejects garbage, another client's token and an access token", async () => {
    const first = (await password("user2")).body;
    expect((await refresh("not-a-token")).body).toEqual({ error: "invalid_grant", error_description: "Invalid refresh token" });
    const other = await refresh(first.refresh_token as string, "client-tools");
    expect(other.status).toBe(400);
    expect(other.body.error_description).toBe("Invalid refresh token. Token client and authorized client don't match");
    expect((await refresh(first.access_token as string)).body.error).toBe("invalid_grant");
  });

  it("rejects an expired refresh token", async () => {
    const first = (await password("user2")).body;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 1801_000);
    const { status, body } = await refresh(first.refresh_token as string);
    expect(status).toBe(400);
    expect(body).toEqual({ error: "invalid_grant", error_description: "Token is not active" });
  });

  it("rejects the refresh token of a user who is gone", async () => {
    server.addUser({ username: "temp", password: "temp", roles: ["entity-registry-read"] });
    const first = (await password("temp")).body;
    server.removeUser("temp");
    const { status, body } = await refresh(first.refresh_token as string);
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_grant");
  });
});

describe("client_credentials grant", () => {
  it("issues a service-account token with the service roles and no refresh token", async () => {
    const { status, body } = await postForm(tokenUrl, {
      grant_type: "client_credentials",
      client_id: "data-store-api",
      client_secret: "data-store-api-secret",
    });
    expect(status).toBe(200);
    expect(body.refresh_token).toBeUndefined();
    expect(body.refresh_expires_in).toBe(0);
    const claims = claimsOf(body.access_token as string);
    expect(claims.preferred_username).toBe("service-account-data-store-api");
    expect(claims.azp).toBe("data-store-api");
    expect(claims.realm_access.roles).toEqual(["entity-registry-read", "entity-registry-write", "data-store-api"]);
  });

  it("accepts HTTP Basic client authentication", async () => {
    const basic = Buffer.from("prov-api:prov-api-secret").toString("base64");
    const { status, body } = await postForm(tokenUrl, { grant_type: "client_credentials" }, { authorization: `Basic ${basic}` });
    expect(status).toBe(200);
    expect(claimsOf(body.access_token as string).realm_access.roles).toContain("prov-api");
  });

  it("rejects a wrong secret and public clients", async () => {
    const wrong = await postForm(tokenUrl, { grant_type: "client_credentials", client_id: "registry-api", client_secret: "nope" });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: "unauthorized_client", error_description: "Invalid client or Invalid client credentials" });
    const pub = await postForm(tokenUrl, { grant_type: "client_credentials", client_id: "client-tools" });
    expect(pub.status).toBe(401);
    expect(pub.body.error).toBe("unauthorized_client");
  });

  it("never lets a service account log in with a password", async () => {
    expect((await password("service-account-auth-api", "")).status).toBe(401);
  });
});

describe("userinfo", () => {
  it("describes the token's user and rejects bad tokens", async () => {
    const url = `${server.issuer}/protocol/openid-connect/userinfo`;
    const ok = await getJson(url, { authorization: `Bearer ${server.mintToken("user1")}` });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ sub: stableUserId("provena", "user1"), preferred_username: "user1", email: "user1@example.com" });
    const bad = await getJson(url, { authorization: "Bearer x.y.z" });
    expect(bad.status).toBe(401);
    expect(bad.body.error).toBe("invalid_token");
    expect((await getJson(url)).status).toBe(401);
  });
});

describe("mintToken", () => {
  it("honours lifetime, roles and client id", () => {
    const claims = claimsOf(server.mintToken("user1", { lifetimeSeconds: 60, roles: ["handle-read"], clientId: "client-tools" }));
    expect(claims.exp - claims.iat).toBe(60);
    expect(claims.realm_access.roles).toEqual(["handle-read"]);
    expect(claims.azp).toBe("client-tools");
  });

  it("throws a typed error for an unknown user", () => {
    expect(() => server.mintToken("ghost")).toThrow(/No user "ghost"/);
  });
});

describe("configurable clients and lifetimes", () => {
  it("merges custom clients over the defaults and honours the access-token lifetime", async () => {
    await using custom = await startLocalServer({
      accessTokenLifetimeSeconds: 60,
      clients: [
        { clientId: "data-store-api", publicClient: false, serviceAccount: true, secret: "rotated", serviceAccountRoles: ["entity-registry-read"] },
        { clientId: "my-app", publicClient: false, secret: "app-secret", directAccessGrants: true, offlineAccess: true },
      ],
    });
    const url = `${custom.issuer}/protocol/openid-connect/token`;
    const old = await postForm(url, { grant_type: "client_credentials", client_id: "data-store-api", client_secret: "data-store-api-secret" });
    expect(old.status).toBe(401);
    const rotated = await postForm(url, { grant_type: "client_credentials", client_id: "data-store-api", client_secret: "rotated" });
    expect(claimsOf(rotated.body.access_token as string).realm_access.roles).toEqual(["entity-registry-read"]);

    const noSecret = await postForm(url, { grant_type: "password", client_id: "my-app", username: "user1", password: "user1" });
    expect(noSecret.status).toBe(401);
    const app = await postForm(url, {
      grant_type: "password",
      client_id: "my-app",
      client_secret: "app-secret",
      username: "user1",
      password: "user1",
      scope: "offline_access",
    });
    expect(app.status).toBe(200);
    expect(app.body.expires_in).toBe(60);
    expect(claimsOf(app.body.refresh_token as string).typ).toBe("Offline");
    // Client credentials is not enabled for my-app.
    const cc = await postForm(url, { grant_type: "client_credentials", client_id: "my-app", client_secret: "app-secret" });
    expect(cc.body).toEqual({ error: "unauthorized_client", error_description: "Client not enabled to retrieve service account" });
  });
});
