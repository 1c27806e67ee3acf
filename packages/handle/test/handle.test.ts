// The Handle client against the local server's ID service over real HTTP: mint, add (next free
// and by index), modify, remove, get, list, the handle roles, and input refused before sending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordGrant } from "@provena-sdk/auth-core";
import { BadRequestError, UnauthorizedError } from "@provena-sdk/http-core";
import { startLocalServer, type LocalServer } from "@provena-sdk/local-server";
import { HandleClient, HandleRequestError, createHandleClient, createTransport, type Handle } from "../src/index.js";

let server: LocalServer;
let admin: HandleClient;
const sent: string[] = [];

function clientFor(username: string): HandleClient {
  return new HandleClient({
    transport: createTransport({
      endpoints: server.endpoints,
      tokenProvider: passwordGrant({ issuer: server.issuer, username, password: username }),
      validation: "strict",
      retry: false,
      fetch: (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        if (url.includes("/handle/handle/")) sent.push(url);
        return fetch(input, init);
      },
    }),
  });
}

beforeAll(async () => {
  server = await startLocalServer();
  server.addUser({ username: "reader", password: "reader", roles: ["handle-read"] });
  server.addUser({ username: "writer", password: "writer", roles: ["handle-read", "handle-write"] });
  admin = clientFor("admin");
});
afterAll(() => server.stop());

const valueAt = (handle: Handle, index: number) => handle.properties.find((p) => p.index === index);

describe("mint, get, list", () => {
  it("mints a handle holding a URL, and get returns the same handle", async () => {
    const minted = await admin.mint("https://example.org/one");
    expect(minted.id).toMatch(/\S/);
    expect(minted.properties).toHaveLength(1);
    expect(minted.properties[0]).toMatchObject({ type: "URL", value: "https://example.org/one" });
    expect(await admin.get(minted.id)).toEqual(minted);
  });

  it("mints a DESC value when asked", async () => {
    const minted = await admin.mint("a description", { type: "DESC" });
    expect(minted.properties[0]).toMatchObject({ type: "DESC", value: "a description" });
  });

  it("lists every minted id", async () => {
    const a = await admin.mint("https://example.org/a");
    const b = await admin.mint("https://example.org/b");
    expect(a.id).not.toBe(b.id);
    expect(await admin.list()).toEqual(expect.arrayContaining([a.id, b.id]));
  });
});

describe("editing values", () => {
  it("addValue adds at a new index and keeps the others", async () => {
    const minted = await admin.mint("https://example.org/first");
    const first = minted.properties[0]!;
    const added = await admin.addValue(minted.id, "second value", { type: "DESC" });
    expect(added.id).toBe(minted.id);
    expect(added.properties).toHaveLength(2);
    expect(valueAt(added, first.index)).toEqual(first);
    const second = added.properties.find((p) => p.index !== first.index)!;
    expect(second).toMatchObject({ type: "DESC", value: "second value" });
    expect(await admin.get(minted.id)).toEqual(added);
  });

  it("addValueByIndex puts the value at that index", async () => {
    const minted = await admin.mint("https://example.org/x");
    const added = await admin.addValueByIndex(minted.id, 42, "https://example.org/at-42");
    expect(valueAt(added, 42)).toEqual({ type: "URL", value: "https://example.org/at-42", index: 42 });
    expect(added.properties).toHaveLength(2);
  });

  it("modifyByIndex replaces the value and keeps its type", async () => {
    const minted = await admin.mint("old description", { type: "DESC" });
    const index = minted.properties[0]!.index;
    const modified = await admin.modifyByIndex(minted.id, index, "new description");
    expect(valueAt(modified, index)).toEqual({ type: "DESC", value: "new description", index });
    expect(valueAt(await admin.get(minted.id), index)?.value).toBe("new description");
  });

  it("removeByIndex removes only that value", async () => {
    const minted = await admin.mint("https://example.org/keep");
    await admin.addValueByIndex(minted.id, 7, "https://example.org/drop");
    const removed = await admin.removeByIndex(minted.id, 7);
    expect(removed.properties).toEqual(minted.properties);
    expect(valueAt(await admin.get(minted.id), 7)).toBeUndefined();
  });
});

describe("refusals from the service", () => {
  it("an unknown handle, an occupied index and a missing index are BadRequestErrors with the service's reason", async () => {
    await expect(admin.get("10378.1/does-not-exist")).rejects.toMatchObject({ name: "BadRequestError", serverMessage: "Handle 10378.1/does-not-exist does not exist." });
    const minted = await admin.mint("https://example.org/busy");
    const index = minted.properties[0]!.index;
    await expect(admin.addValueByIndex(minted.id, index, "again")).rejects.toBeInstanceOf(BadRequestError);
    await expect(admin.modifyByIndex(minted.id, 99, "nothing there")).rejects.toMatchObject({ name: "BadRequestError", serverMessage: `Handle ${minted.id} has no value at index 99.` });
    await expect(admin.removeByIndex(minted.id, 99)).rejects.toBeInstanceOf(BadRequestError);
    expect(await admin.get(minted.id)).toEqual(minted);
  });
});

describe("roles", () => {
  it("a reader can get and list but not mint or edit (401)", async () => {
    const minted = await admin.mint("https://example.org/read-me");
    const reader = clientFor("reader");
    expect((await reader.get(minted.id)).id).toBe(minted.id);
    expect(await reader.list()).toContain(minted.id);
    await expect(reader.mint("https://example.org/no")).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(reader.modifyByIndex(minted.id, minted.properties[0]!.index, "no")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("a writer mints; a user without handle roles is refused everything", async () => {
    const minted = await clientFor("writer").mint("https://example.org/w");
    await expect(clientFor("user1").get(minted.id)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(clientFor("user1").list()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("input refused before sending", () => {
  it.each([
    ["an empty id", (c: HandleClient) => c.get(""), "id"],
    ["a blank id", (c: HandleClient) => c.addValue("  ", "v"), "id"],
    ["a negative index", (c: HandleClient) => c.removeByIndex("10378.1/1", -1), "index"],
    ["index 0", (c: HandleClient) => c.addValueByIndex("10378.1/1", 0, "v"), "index"],
    ["a fractional index", (c: HandleClient) => c.modifyByIndex("10378.1/1", 1.5, "v"), "index"],
    ["a NaN index", (c: HandleClient) => c.addValueByIndex("10378.1/1", Number.NaN, "v"), "index"],
    ["a non-string value", (c: HandleClient) => c.mint(42 as unknown as string), "value"],
  ] as const)("%s is a HandleRequestError naming the argument", async (_what, call, argument) => {
    const before = sent.length;
    const client = clientFor("admin");
    const error = await call(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandleRequestError);
    expect((error as HandleRequestError).argument).toBe(argument);
    expect(sent.length).toBe(before);
  });
});

describe("createHandleClient and health", () => {
  it("builds its own transport, and health asks for no token", async () => {
    let asked = 0;
    const client = createHandleClient({ endpoints: server.endpoints, tokenProvider: { getToken: () => Promise.resolve(`t${++asked}`) } });
    expect(await client.health()).toEqual({ service: "handle", message: "Health check successful." });
    expect(asked).toBe(0);
  });
});
