// The Handle service (/handle) over real HTTP: every operation, its refusals, the role rules,
// and that every id the registry mints is a handle of the same allocator (resolving to the
// item's registry page at index 1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { implementedOperations, memoryStorage, startLocalServer, type LocalServer } from "../src/index.js";
import { operationsOf } from "../src/spec/operations.js";
import { callApi, type ApiCallOptions } from "./support/call.js";

let server: LocalServer;
const storage = memoryStorage();
let admin: string;
let reader: string;
let user: string;

beforeAll(async () => {
  server = await startLocalServer({ storage, jobStepDelayMs: 0 });
  server.addUser({ username: "handle-reader", password: "x", roles: ["handle-read"] });
  admin = server.mintToken("admin");
  reader = server.mintToken("handle-reader");
  user = server.mintToken("user1");
});
afterAll(() => server.stop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = any;

const indexes = (body: Body): number[] => (body.properties as { index: number }[]).map((p) => p.index);

async function handle(token: string, method: string, path: string, options: ApiCallOptions = {}): Promise<{ status: number; body: Body }> {
  return callApi("id-service", server.endpoints.handle, token, method, path, options);
}

it("serves every operation of id-service.json", () => {
  const all = operationsOf("handle").map((op) => op.key).sort();
  expect(all).toHaveLength(14);
  expect(implementedOperations().handle.sort()).toEqual(all);
});

describe("handle operations", () => {
  it("mints a handle with the value at index 1, and get returns it", async () => {
    const minted = await handle(admin, "POST", "/handle/mint", { body: { value_type: "URL", value: "https://example.org/a" } });
    expect(minted.status).toBe(200);
    expect(minted.body.id).toMatch(/^10378\.1\/\d+$/);
    expect(minted.body.properties).toEqual([{ type: "URL", value: "https://example.org/a", index: 1 }]);
    const got = await handle(reader, "GET", "/handle/get", { query: { id: minted.body.id } });
    expect(got).toEqual({ status: 200, body: minted.body });
  });

  it("adds values at the next index and at a chosen index, modifies and removes by index", async () => {
    const { body: minted } = await handle(admin, "POST", "/handle/mint", { body: { value_type: "DESC", value: "first" } });
    const id = minted.id as string;
    const added = await handle(admin, "POST", "/handle/add_value", { body: { id, value_type: "URL", value: "https://example.org/b" } });
    expect(added.body.properties).toEqual([
      { type: "DESC", value: "first", index: 1 },
      { type: "URL", value: "https://example.org/b", index: 2 },
    ]);
    const at = await handle(admin, "POST", "/handle/add_value_by_index", { body: { id, index: 7, value_type: "DESC", value: "seventh" } });
    expect(indexes(at.body)).toEqual([1, 2, 7]);
    const next = await handle(admin, "POST", "/handle/add_value", { body: { id, value_type: "DESC", value: "eighth" } });
    expect((next.body.properties as unknown[]).at(-1)).toEqual({ type: "DESC", value: "eighth", index: 8 });
    const modified = await handle(admin, "PUT", "/handle/modify_by_index", { body: { id, index: 2, value: "https://example.org/c" } });
    expect(modified.body.properties[1]).toEqual({ type: "URL", value: "https://example.org/c", index: 2 });
    const removed = await handle(admin, "POST", "/handle/remove_by_index", { body: { id, index: 1 } });
    expect(indexes(removed.body)).toEqual([2, 7, 8]);
    expect((await handle(reader, "GET", "/handle/get", { query: { id } })).body).toEqual(removed.body);
  });

  it("lists every minted id", async () => {
    const a = await handle(admin, "POST", "/handle/mint", { body: { value_type: "DESC", value: "a" } });
    const b = await handle(admin, "POST", "/handle/mint", { body: { value_type: "DESC", value: "b" } });
    const listed = await handle(reader, "GET", "/handle/list");
    expect(listed.status).toBe(200);
    expect(listed.body.ids).toEqual(expect.arrayContaining([a.body.id, b.body.id]));
    const listedIds = listed.body.ids as string[];
    expect(new Set(listedIds).size).toBe(listedIds.length);
  });

  it("refuses unknown handles and bad indexes with 400", async () => {
    const { body: minted } = await handle(admin, "POST", "/handle/mint", { body: { value_type: "DESC", value: "x" } });
    const id = minted.id as string;
    const cases: [string, string, ApiCallOptions, string][] = [
      ["GET", "/handle/get", { query: { id: "10378.1/0" } }, "Handle 10378.1/0 does not exist."],
      ["POST", "/handle/add_value", { body: { id: "nope", value_type: "URL", value: "v" } }, "Handle nope does not exist."],
      ["POST", "/handle/add_value_by_index", { body: { id, index: 1, value_type: "URL", value: "v" } }, `Handle ${id} already has a value at index 1.`],
      ["POST", "/handle/add_value_by_index", { body: { id, index: 0, value_type: "URL", value: "v" } }, "Index 0 is not a valid handle index (a positive integer)."],
      ["PUT", "/handle/modify_by_index", { body: { id, index: 3, value: "v" } }, `Handle ${id} has no value at index 3.`],
      ["POST", "/handle/remove_by_index", { body: { id, index: 3 } }, `Handle ${id} has no value at index 3.`],
    ];
    for (const [method, path, options, detail] of cases) {
      const res = await handle(admin, method, path, options);
      expect(res, `${method} ${path}`).toEqual({ status: 400, body: { detail } });
    }
    expect((await handle(reader, "GET", "/handle/get", { query: { id } })).body.properties).toEqual(minted.properties);
  });

  it("answers malformed bodies with FastAPI's 422", async () => {
    const res = await handle(admin, "POST", "/handle/mint", { body: { value_type: "EMAIL", value: "v" } });
    expect(res.status).toBe(422);
    expect(res.body.detail[0].loc).toEqual(["body", "value_type"]);
    const missing = await handle(admin, "PUT", "/handle/modify_by_index", { body: { id: "x", value: "v" } });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toEqual([{ loc: ["body", "index"], msg: "field required", type: "value_error.missing" }]);
    const query = await handle(admin, "GET", "/handle/get");
    expect(query.status).toBe(422);
  });

  it("needs handle-read to read and handle-write to write (401 otherwise)", async () => {
    expect((await handle(user, "GET", "/handle/list")).status).toBe(401);
    expect((await handle(reader, "POST", "/handle/mint", { body: { value_type: "URL", value: "v" } })).status).toBe(401);
    expect((await handle(reader, "GET", "/admin/config")).status).toBe(401);
  });

  it("serves the admin config without secrets", async () => {
    const config = await handle(admin, "GET", "/admin/config");
    expect(config.status).toBe(200);
    expect(config.body.handle_prefix).toBe("10378.1");
    const full = await handle(admin, "GET", "/admin/config", { query: { required_only: "false" } });
    expect(full.body.handles_table).toBe("handle.handles");
  });
});

describe("registry ids are handles", () => {
  it("resolves a registry item id to its registry page at index 1, and never reuses an id", async () => {
    const userToken = server.mintToken("user2");
    const created = await fetch(`${server.endpoints.registry}/registry/agent/organisation/create`, {
      method: "POST",
      headers: { authorization: `Bearer ${userToken}`, "content-type": "application/json" },
      body: JSON.stringify({ display_name: "Org", name: "Org" }),
    });
    const body: Body = await created.json();
    const itemId: string = body.created_item.id;
    const resolved = await handle(reader, "GET", "/handle/get", { query: { id: itemId } });
    expect(resolved).toEqual({ status: 200, body: { id: itemId, properties: [{ type: "URL", value: `${server.origin}/registry/item/${itemId}`, index: 1 }] } });

    const minted = await handle(admin, "POST", "/handle/mint", { body: { value_type: "DESC", value: "after" } });
    const number = (id: string): number => Number(id.split("/")[1]);
    expect(number(minted.body.id as string)).toBeGreaterThan(number(itemId));
    const ids = (await handle(reader, "GET", "/handle/list")).body.ids as string[];
    expect(ids).toContain(itemId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("skips ids that registry items already hold (e.g. brought in by an import)", async () => {
    const { body: probe } = await handle(admin, "POST", "/handle/mint", { body: { value_type: "DESC", value: "probe" } });
    const n = Number(String(probe.id).split("/")[1]);
    storage.table("registry.items").put(`10378.1/${n + 1}`, { id: `10378.1/${n + 1}` });
    const { body: next } = await handle(admin, "POST", "/handle/mint", { body: { value_type: "DESC", value: "next" } });
    expect(next.id).toBe(`10378.1/${n + 2}`);
  });
});
