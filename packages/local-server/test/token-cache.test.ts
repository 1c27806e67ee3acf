// The realm's verifier remembers tokens that verified, by their exact string. Nothing a
// caller can observe may change: a remembered token stops working when it expires, and a
// token that differs from a remembered one in any byte is verified afresh (and refused).
import { generateKeyPairSync } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { JSONWebKeySet } from "jose";
import { rs256Verifier, signJwt } from "../src/realm/jwt.js";
import { startLocalServer, type LocalServer } from "../src/index.js";
import { claimsOf } from "./helpers.js";

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());
afterEach(() => vi.useRealTimers());

const base64url = (v: string | Buffer) => Buffer.from(v).toString("base64url");

async function status(token: string, check = "general"): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.endpoints.prov}/check-access/check-${check}-access`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

describe("a token the server has verified before", () => {
  it("is refused once it expires", async () => {
    const token = server.mintToken("user1", { lifetimeSeconds: 60 });
    expect((await status(token)).status).toBe(200);
    expect((await status(token)).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 120_000 });
    expect(await status(token)).toEqual({ status: 401, body: { detail: "Could not validate credentials" } });
  });

  it("does not vouch for a token that differs from it in any part", async () => {
    const good = server.mintToken("user1");
    expect((await status(good)).status).toBe(200);
    const [h, p, s] = good.split(".") as [string, string, string];
    const escalated = base64url(JSON.stringify({ ...claimsOf(good), realm_access: { roles: ["entity-registry-admin", "prov-api-admin"] } }));
    const flipped = `${s.slice(0, -2)}${s.at(-2) === "A" ? "B" : "A"}${s.at(-1)}`;
    for (const bad of [`${h}.${escalated}.${s}`, `${h}.${p}.${flipped}`, `${good}A`, `${h}.${p}.`, good.slice(0, -1)]) {
      expect(await status(bad), bad.slice(-12)).toEqual({ status: 401, body: { detail: "Could not validate credentials" } });
    }
    expect((await status(good)).status).toBe(200);
  });

  it("still needs each route's roles", async () => {
    const token = server.mintToken("user1", { roles: ["entity-registry-read"] });
    for (let i = 0; i < 2; i++) {
      expect((await status(token, "read")).status).toBe(200);
      expect((await status(token, "write")).status).toBe(401);
    }
  });
});

describe("rs256Verifier", () => {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const jwk = key.export({ format: "jwk" });
  const jwks: JSONWebKeySet = { keys: [{ kty: "RSA", n: jwk.n, e: jwk.e, kid: "k", alg: "RS256", use: "sig" }] };
  const token = (sub: string, exp = Math.floor(Date.now() / 1000) + 300) => signJwt({ sub, exp, realm_access: { roles: ["a"] } }, key, "k");

  it("answers a remembered token with the same frozen claims", async () => {
    const verify = rs256Verifier(jwks);
    const t = token("one");
    const first = await verify(t);
    expect(first).toMatchObject({ sub: "one", realm_access: { roles: ["a"] } });
    expect(await verify(t)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen((first!.realm_access as { roles: string[] }).roles)).toBe(true);
  });

  it("keeps at most its cache size, dropping the earliest verified first", async () => {
    const verify = rs256Verifier(jwks, 2);
    const [a, b, c] = [token("a"), token("b"), token("c")];
    const first = { a: await verify(a), b: await verify(b), c: await verify(c) };
    expect(await verify(c)).toBe(first.c);
    expect(await verify(b)).toBe(first.b);
    const again = await verify(a);
    expect(again).toEqual(first.a);
    expect(again).not.toBe(first.a);
  });

  it("does not remember an expired token, a failure, or anything with a cache size of 0", async () => {
    const verify = rs256Verifier(jwks);
    const expired = token("old", Math.floor(Date.now() / 1000) - 10);
    const claims = await verify(expired);
    expect(claims).toMatchObject({ sub: "old" });
    expect(await verify(expired)).not.toBe(claims);
    expect(await verify(`${token("x")}x`)).toBeUndefined();
    const uncached = rs256Verifier(jwks, 0);
    const t = token("z");
    expect(await uncached(t)).not.toBe(await uncached(t));
  });
});
