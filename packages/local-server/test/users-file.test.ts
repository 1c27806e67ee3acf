import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_USERS, loadUsersFile, parseUsersDocument, startLocalServer, UsersFileError, LocalServerError } from "../src/index.js";
import { claimsOf, postForm } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "provena-users-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("users document validation", () => {
  it("accepts a valid document and defaults roles to []", () => {
    expect(parseUsersDocument({ users: [{ username: "a", password: "b" }] }, "test")).toEqual([{ username: "a", password: "b", roles: [] }]);
  });

  it.each([
    [{ users: [{ username: "a", password: "b", email: "nope" }] }, 'users[0] ("a") is invalid: email must be an email address'],
    [{ users: [{ username: "a" }] }, 'users[0] ("a") is invalid: password must be a non-empty string'],
    [{ users: [{ username: "a", password: "b", role: ["x"] }] }, 'users[0] ("a") is invalid: Unrecognized key: "role"'],
    [{ users: [{ password: "b" }] }, "users[0] is invalid: username must be a non-empty string"],
    [{ users: [{ username: "a", password: "b" }, { username: "a", password: "c" }] }, 'users[1] ("a") repeats a username'],
    [{ users: [] }, "users must list at least one user"],
    [[], 'expected {"users":[...]}'],
    [{ users: [{ username: "a", password: "b", roles: "x" }] }, 'users[0] ("a") is invalid: roles must be an array of role names'],
  ])("rejects %j naming the entry", (doc, message) => {
    expect(() => parseUsersDocument(doc, "test")).toThrow(message);
    try {
      parseUsersDocument(doc, "test");
    } catch (error) {
      expect(error).toBeInstanceOf(UsersFileError);
      expect(error).toBeInstanceOf(LocalServerError);
    }
  });

  it("reports unreadable and non-JSON files with their path", () => {
    expect(() => loadUsersFile(join(dir, "missing.json"))).toThrow(/Cannot read users file .*missing\.json/);
    const bad = write("bad.json", "{ nope");
    expect(() => loadUsersFile(bad)).toThrow(/bad\.json is not valid JSON/);
  });
});

describe("users at runtime", () => {
  it("starts with users from a file instead of the defaults", async () => {
    const file = write("users.json", JSON.stringify({ users: [{ username: "carol", password: "pw", firstName: "Carol", roles: ["sys-admin-read"] }] }));
    await using server = await startLocalServer({ usersFile: file });
    expect(server.users.map((u) => u.username)).toEqual(["carol"]);
    const res = await postForm(`${server.issuer}/protocol/openid-connect/token`, {
      grant_type: "password",
      client_id: "integration-tests",
      username: "carol",
      password: "pw",
    });
    expect(claimsOf(res.body.access_token as string)).toMatchObject({ preferred_username: "carol", given_name: "Carol", realm_access: { roles: ["sys-admin-read"] } });
    expect(claimsOf(res.body.access_token as string).email).toBeUndefined();
  });

  it("lists users without passwords and reflects runtime changes", async () => {
    await using server = await startLocalServer();
    expect(server.users.map((u) => u.username)).toEqual(DEFAULT_USERS.map((u) => u.username));
    expect(JSON.stringify(server.users)).not.toContain("password");
    server.addUser({ username: "dave", password: "dave", roles: [] });
    server.setUserRoles("dave", ["handle-read", "handle-read"]);
    expect(server.users.find((u) => u.username === "dave")?.roles).toEqual(["handle-read"]);
    expect(() => server.addUser({ username: "dave", password: "x" })).toThrow(/already exists/);
    expect(() => server.setUserRoles("ghost", [])).toThrow(/No user "ghost"/);
  });

  it("rejects bad options with a clear error", async () => {
    await expect(startLocalServer({ port: 70000 })).rejects.toThrow(/Port must be an integer/);
    await expect(startLocalServer({ accessTokenLifetimeSeconds: 0 })).rejects.toThrow(/accessTokenLifetimeSeconds must be a positive/);
    await expect(startLocalServer({ realm: "a/b" })).rejects.toThrow(/Realm name/);
  });
});
