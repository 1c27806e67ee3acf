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

const b64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const jwt = (payload: unknown) => `eyJhbGciOiJub25lIn0.${b64url(JSON.stringify(payload))}.sig`;

it("reads a payload that uses base64url's own characters and needs padding, in UTF-8", () => {
  // "?>" and "ÿ" encode to "-" and "_" in base64url; lengths here need one and two "=" of padding.
  const names = ["Zoë ?>?>", "ÿÿÿ", "a", "ab", "abc"];
  expect(new Set(names.map((name) => b64url(JSON.stringify({ preferred_username: name })).length % 4))).toEqual(new Set([0, 2, 3]));
  for (const name of names) expect(decodeClaims(jwt({ preferred_username: name })).username).toBe(name);
  expect(b64url(JSON.stringify({ preferred_username: "?>?>?>" }))).toMatch(/[-_]/);
  expect(decodeClaims(jwt({ preferred_username: "?>?>?>" })).username).toBe("?>?>?>");
});

it("reads what is absent as absent: no roles is an empty list, no exp or iat is undefined", () => {
  const claims = decodeClaims(jwt({ sub: "s" }));
  expect([claims.roles, claims.expiresAt, claims.issuedAt, claims.username]).toEqual([[], undefined, undefined, undefined]);
  expect(decodeClaims(jwt({ realm_access: { roles: ["a"], other: 1 } })).roles).toEqual(["a"]);
  expect(decodeClaims(jwt({ realm_access: {} })).roles).toEqual([]);
  expect(decodeClaims(jwt({ exp: 10, iat: 5 }))).toMatchObject({ expiresAt: 10_000, issuedAt: 5_000 });
});

it("refuses a payload that is not a JSON object, text that is not base64url, bytes that are not UTF-8, and a non-string", () => {
  const fails = (token: unknown, message: string) => {
    expect(() => decodeClaims(token as string)).toThrow(new MalformedTokenError(message));
  };
  for (const json of ["null", "42", '"text"', "[1]"]) fails(`aaa.${b64url(json)}.ccc`, "the payload is not a JSON object");
  fails(`aaa.${b64url("{}")}+.ccc`, "the payload is not base64url-encoded JSON");
  fails(`aaa.+${b64url("{}")}.ccc`, "the payload is not base64url-encoded JSON");
  fails(`aaa.${Buffer.from([0x7b, 0xff, 0x7d]).toString("base64url")}.ccc`, "the payload is not base64url-encoded JSON");
  fails(42, "expected a string");
});
