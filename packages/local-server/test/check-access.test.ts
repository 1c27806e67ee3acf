// Every `/check-access/*` route of every service, with every role case, generated from the
// operation index so the roles under test are upstream's by construction.
import { generateKeyPairSync, createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signJwt } from "../src/realm/jwt.js";
import { OPERATIONS } from "../src/spec/operations.js";
import { startLocalServer, servicePrefix, type LocalServer } from "../src/index.js";
import { claimsOf } from "./helpers.js";

let server: LocalServer;
// A key the realm never saw, for the "foreign signer" case.
const foreignKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

const base64url = (v: string | Buffer) => Buffer.from(v).toString("base64url");

async function call(url: string, authorization?: string) {
  const res = await fetch(url, { headers: authorization === undefined ? {} : { authorization } });
  return { status: res.status, wwwAuthenticate: res.headers.get("www-authenticate"), body: (await res.json()) as Record<string, unknown> };
}

async function expect401(url: string, authorization: string | undefined, detail: string) {
  const res = await call(url, authorization);
  expect(res.status).toBe(401);
  expect(res.body).toEqual({ detail });
  expect(res.wwwAuthenticate).toBe("Bearer");
}

const checkAccess = OPERATIONS.filter((op) => op.path.startsWith("/check-access/"));
const guarded = checkAccess.filter((op) => op.auth.kind !== "PUBLIC");
const publicOps = checkAccess.filter((op) => op.auth.kind === "PUBLIC");

it("covers every service's check-access routes", () => {
  const services = new Set(checkAccess.map((op) => op.service));
  expect([...services].sort()).toEqual(["auth", "datastore", "handle", "jobs", "prov", "registry", "search"]);
  expect(checkAccess).toHaveLength(6 * 4 + 2);
});

describe.each(publicOps.map((op) => [`${op.service} ${op.key}`, op] as const))("%s (public)", (_name, op) => {
  it("answers without a token", async () => {
    const res = await call(`${server.endpoints[op.service]}${op.path}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, details: expect.any(String) });
  });
});

describe.each(guarded.map((op) => [`${op.service} ${op.key} needs ${op.auth.kind} ${op.auth.roles.join(",")}`, op] as const))(
  "%s",
  (_name, op) => {
    const url = () => `${server.endpoints[op.service]}${op.path}`;
    const required = [...op.auth.roles];

    it("401 Not authenticated without a token or with another scheme", async () => {
      await expect401(url(), undefined, "Not authenticated");
      await expect401(url(), "Basic dXNlcjE6dXNlcjE=", "Not authenticated");
      await expect401(url(), `Token ${server.mintToken("admin")}`, "Not authenticated");
    });

    it("401 Could not validate credentials for a malformed, tampered, expired, unsigned, HS256 or foreign token", async () => {
      await expect401(url(), "Bearer", "Could not validate credentials");
      await expect401(url(), "Bearer not-a-jwt", "Could not validate credentials");

      const good = server.mintToken("user1", { roles: required });
      const [h, p, s] = good.split(".");
      const escalated = base64url(JSON.stringify({ ...claimsOf(good), realm_access: { roles: [...required, "entity-registry-admin"] } }));
      await expect401(url(), `Bearer ${h}.${escalated}.${s}`, "Could not validate credentials");
      await expect401(url(), `Bearer ${h}.${p}.${base64url("nope")}`, "Could not validate credentials");

      await expect401(url(), `Bearer ${server.mintToken("admin", { lifetimeSeconds: -5 })}`, "Could not validate credentials");

      const none = `${base64url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${p}.`;
      await expect401(url(), `Bearer ${none}`, "Could not validate credentials");

      // The classic RS256→HS256 confusion: HMAC keyed with the public key the realm publishes.
      const metadata = (await (await fetch(server.issuer)).json()) as { public_key: string };
      const hsInput = `${base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${p}`;
      const hs = `${hsInput}.${createHmac("sha256", metadata.public_key).update(hsInput).digest("base64url")}`;
      await expect401(url(), `Bearer ${hs}`, "Could not validate credentials");

      await expect401(url(), `Bearer ${signJwt(claimsOf(good), foreignKey, "foreign")}`, "Could not validate credentials");
    });

    it("401 Token had incorrect structure. without realm_access.roles", async () => {
      await expect401(url(), `Bearer ${server.mintToken("admin", { claims: { realm_access: undefined } })}`, "Token had incorrect structure.");
      await expect401(url(), `Bearer ${server.mintToken("admin", { claims: { realm_access: { roles: "x" } } })}`, "Token had incorrect structure.");
    });

    if (op.auth.kind === "ALL") {
      it("401 not authorised when one required role is missing", async () => {
        for (const missing of required) {
          const roles = required.filter((r) => r !== missing);
          await expect401(
            url(),
            `Bearer ${server.mintToken("user1", { roles })}`,
            "You are not authorised to access this resource as you don't have the correct role.",
          );
        }
      });
    }

    it("200 with exactly the required roles, echoing the User", async () => {
      const token = server.mintToken("user2", { roles: required });
      const res = await call(url(), `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ username: "user2", email: "user2@example.com", roles: required, access_token: token });
    });

    it("200 for admin's own token", async () => {
      const token = server.mintToken("admin");
      const res = await call(url(), `Bearer ${token}`);
      expect(res.status).toBe(200);
      expect(res.body.username).toBe("admin");
    });

    it("null email when the token has none", async () => {
      const token = server.mintToken("admin", { claims: { email: undefined } });
      expect((await call(url(), `Bearer ${token}`)).body.email).toBeNull();
    });
  },
);

describe("a token from the realm's own token endpoint", () => {
  it("passes check-access on the service mount", async () => {
    const res = await fetch(`${server.issuer}/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "password", client_id: "integration-tests", username: "user1", password: "user1" }),
    });
    const { access_token } = (await res.json()) as { access_token: string };
    const check = await call(`${server.origin}${servicePrefix("registry")}/check-access/check-write-access`, `Bearer ${access_token}`);
    expect(check.status).toBe(200);
    expect(check.body.roles).toEqual(["entity-registry-read", "entity-registry-write"]);
  });
});
