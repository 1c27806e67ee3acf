// Search follows the registry's own writes over HTTP: create, seed, update, delete and auth
// configuration through the registry routes, then search through the Search API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalServer, type LocalServer } from "../src/index.js";
import { searchResponseErrors } from "./support/spec-check.js";

let server: LocalServer;
let user1: string;
let user2: string;
let admin: string;

beforeAll(async () => {
  server = await startLocalServer();
  user1 = server.mintToken("user1");
  user2 = server.mintToken("user2");
  admin = server.mintToken("admin");
});
afterAll(() => server.stop());

async function send(method: string, url: string, token: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const registry = (path: string) => `${server.endpoints.registry}${path}`;

async function searchIds(query: string, token = user1): Promise<string[]> {
  const url = new URL(`${server.endpoints.search}/search/entity-registry`);
  url.searchParams.set("query", query);
  const { status, body } = await send("GET", url.href, token);
  expect(status).toBe(200);
  expect(searchResponseErrors("GET", "/search/entity-registry", body)).toEqual([]);
  return (body.results as { id: string }[]).map((r) => r.id);
}

async function createOrganisation(name: string): Promise<string> {
  const { status, body } = await send("POST", registry("/registry/agent/organisation/create"), user1, { display_name: name, name });
  expect(status).toBe(200);
  return (body.created_item as { id: string }).id;
}

describe("search over registry writes", () => {
  it("finds an item by a word in its name right after the registry creates it", async () => {
    const id = await createOrganisation("Kookaburra Acoustics Lab");
    expect(await searchIds("kookaburra")).toEqual([id]);
  });

  it("includes seed items", async () => {
    const { status, body } = await send("POST", registry("/registry/agent/organisation/seed"), user1);
    expect(status).toBe(200);
    const id = (body.seeded_item as { id: string }).id;
    expect(await searchIds(id.split("/")[1]!)).toContain(id);
  });

  it("follows updates and deletes", async () => {
    const id = await createOrganisation("Echidna Survey Group");
    const update = await send("PUT", `${registry("/registry/agent/organisation/update")}?id=${encodeURIComponent(id)}&reason=rename`, user1, {
      display_name: "Goanna Survey Group",
      name: "Goanna Survey Group",
    });
    expect(update.status).toBe(200);
    expect(await searchIds("echidna")).toEqual([]);
    expect(await searchIds("goanna")).toEqual([id]);
    const removed = await send("DELETE", `${registry("/registry/general/delete")}?id=${encodeURIComponent(id)}`, admin);
    expect(removed.status).toBe(200);
    expect(await searchIds("goanna")).toEqual([]);
  });

  it("returns ids the caller cannot read, which registry fetch then refuses", async () => {
    const id = await createOrganisation("Private Quoll Register");
    const configured = await send("PUT", `${registry("/registry/agent/organisation/auth/configuration")}?id=${encodeURIComponent(id)}`, user1, {
      owner: "user1",
      general: [],
      groups: {},
    });
    expect(configured.status).toBe(200);
    expect(await searchIds("quoll", user2)).toEqual([id]);
    const fetched = await send("GET", `${registry("/registry/general/fetch")}?id=${encodeURIComponent(id)}`, user2);
    expect(fetched.status).toBe(401);
  });
});
