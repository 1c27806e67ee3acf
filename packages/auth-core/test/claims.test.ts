import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { decodeClaims, MalformedTokenError } from "../src/index.js";

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server.stop());

it("reads username, email, roles, times, issuer and client from a real token", () => {
  const before = Math.floor(Date.now() / 1000) * 1000;
  const token = server.mintToken("user1", { lifetimeSeconds: 600, clientId: "client-tools" });
  const claims = decodeClaims(token);
  const user = server.users.find((u) => u.username === "user1")!;
  expect(claims.username).toBe("user1");
  expect(claims.email).toBe(user.email);
  expect(claims.roles).toEqual(expect.arrayContaining(["entity-registry-read", "entity-registry-write"]));
  expect(claims.issuer).toBe(server.issuer);
  expect(claims.clientId).toBe("client-tools");
  expect(claims.subject).toBe(user.id);
  expect(claims.issuedAt).toBeGreaterThanOrEqual(before);
  expect(claims.expiresAt! - claims.issuedAt!).toBe(600_000);
});

it("uses the roles a token was minted with", () => {
  expect(decodeClaims(server.mintToken("user2", { roles: ["only-this"] })).roles).toEqual(["only-this"]);
});

it("rejects malformed tokens without echoing them", () => {
  const secretish = "abc.def";
  const cases: [string, RegExp][] = [
    [secretish, /3 dot-separated parts, found 2/],
    ["aaa.!!!.ccc", /not base64url-encoded JSON/],
    [`aaa.${btoa("not json").replace(/=+$/, "")}.ccc`, /not base64url-encoded JSON/],
    [`aaa.${btoa("[1,2]").replace(/=+$/, "")}.ccc`, /not a JSON object/],
  ];
  for (const [token, message] of cases) {
    let caught: unknown;
    try {
      decodeClaims(token);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MalformedTokenError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain(token);
  }
});
