// The Search API over real HTTP: every operation answers and validates against search.json,
// and /search/entity-registry ranks every registry item (seeds included) straight after each
// write. Items are written into the registry's item table, which is what the index follows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryStorage, startLocalServer, type LocalServer, type Table } from "../src/index.js";
import { completeItem, seedItem } from "./search-fixtures.js";
import { searchResponseErrors } from "./support/spec-check.js";

interface QueryResults {
  status: { success: boolean; details: string };
  results: { id: string; score: number }[];
  warnings: string[] | null;
}

let server: LocalServer;
let items: Table<Record<string, unknown>>;
let userToken: string;

beforeAll(async () => {
  const storage = memoryStorage();
  items = storage.table("registry.items");
  server = await startLocalServer({ storage });
  userToken = server.mintToken("user1");
});
afterAll(() => server.stop());

const put = (item: Record<string, unknown> & { id: string }) => {
  items.put(item.id, item);
  return item;
};

async function call(path: string, token: string | undefined, query: Record<string, string> = {}) {
  const url = new URL(`${server.endpoints.search}${path}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const res = await fetch(url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  const text = await res.text();
  return { status: res.status, body: (res.headers.get("content-type")?.includes("json") ? JSON.parse(text) : text) as unknown };
}

async function search(query: string, extra: Record<string, string> = {}, token = userToken): Promise<QueryResults> {
  const { status, body } = await call("/search/entity-registry", token, { query, ...extra });
  expect(status).toBe(200);
  expect(searchResponseErrors("GET", "/search/entity-registry", body)).toEqual([]);
  return body as QueryResults;
}

const ids = (results: QueryResults) => results.results.map((r) => r.id);

describe("every search operation", () => {
  it("answers (none 501) and validates against search.json", async () => {
    const admin = server.mintToken("admin");
    const routes: [string, string | undefined, Record<string, string>?][] = [
      ["/", undefined],
      ["/admin/config", admin],
      ["/check-access/check-general-access", userToken],
      ["/check-access/check-admin-access", admin],
      ["/check-access/check-read-access", admin],
      ["/check-access/check-write-access", admin],
      ["/search/entity-registry", userToken, { query: "anything" }],
    ];
    for (const [path, token, query] of routes) {
      const { status, body } = await call(path, token, query);
      expect(status, path).toBe(200);
      expect(searchResponseErrors("GET", path, body), path).toEqual([]);
    }
    // sentry-debug raises on purpose upstream: a plain 500, never a 501.
    expect((await call("/admin/sentry-debug", admin)).status).toBe(500);
  });

  it("uses the sys-admin roles for admin and check-access routes, entity-registry-read for search", async () => {
    expect((await call("/admin/config", userToken)).status).toBe(401);
    expect((await call("/check-access/check-read-access", userToken)).status).toBe(401);
    expect((await call("/search/entity-registry", server.mintToken("user1", { roles: [] }), { query: "x" })).status).toBe(401);
    expect((await call("/search/entity-registry", undefined, { query: "x" })).status).toBe(401);
  });

  it("reports the search settings in /admin/config, the defaulted ones only when asked", async () => {
    const admin = server.mintToken("admin");
    const required = (await call("/admin/config", admin)).body as Record<string, string>;
    expect(required).toEqual({ KEYCLOAK_ENDPOINT: server.issuer, SEARCH_DOMAIN: server.endpoints.search, REGISTRY_INDEX: "registry-index" });
    const all = (await call("/admin/config", admin, { required_only: "false" })).body as Record<string, string>;
    expect(all).toMatchObject({ ...required, DEFAULT_QUERY_SIZE: "10", MAX_QUERY_SIZE: "50" });
  });
});

describe("GET /search/entity-registry", () => {
  it("finds a new item by a word in its name right after it is written", async () => {
    const item = put(completeItem({ displayName: "Heliotrope sediment survey" }));
    const results = await search("heliotrope");
    expect(results.status).toEqual({ success: true, details: "Returned 1 results with no issues." });
    expect(results.results).toEqual([{ id: item.id, score: expect.any(Number) as number }]);
    expect(results.results[0]!.score).toBeGreaterThan(0);
    expect(results.warnings).toBeNull();
  });

  it("matches a misspelt word as OpenSearch's AUTO fuzziness does", async () => {
    const item = put(completeItem({ displayName: "Zooxanthellae density model" }));
    expect(ids(await search("zooxanthelae"))).toContain(item.id); // one deletion
    expect(ids(await search("zoo"))).not.toContain(item.id); // no prefix matching
  });

  it("ranks an exact title above a passing mention", async () => {
    const mention = put(
      completeItem({
        displayName: "Harbour water temperature logger",
        fields: { name: "Harbour logger", description: "Calibrated against the Coral Bleaching Forecast among other sources." },
      }),
    );
    const exact = put(completeItem({ displayName: "Coral Bleaching Forecast", fields: { name: "Coral Bleaching Forecast", description: "A model." } }));
    const results = await search("Coral Bleaching Forecast");
    expect(ids(results).slice(0, 2)).toEqual([exact.id, mention.id]);
    expect(results.results[0]!.score).toBeGreaterThan(results.results[1]!.score);
  });

  it("indexes the subtype's own fields and user metadata, not only the name", async () => {
    const study = put(completeItem({ subtype: "STUDY", category: "ACTIVITY", fields: { title: "t", description: "Mangrove carbon flux" } }));
    const tagged = put(completeItem({ fields: { user_metadata: { campaign: "Wallabyfern" } } }));
    expect(ids(await search("mangrove"))).toEqual([study.id]);
    expect(ids(await search("wallabyfern"))).toEqual([tagged.id]);
  });

  it("filters by subtype exactly", async () => {
    const model = put(completeItem({ subtype: "MODEL", displayName: "Quokka habitat" }));
    const study = put(completeItem({ subtype: "STUDY", category: "ACTIVITY", displayName: "Quokka habitat", fields: { title: "Quokka habitat" } }));
    expect(ids(await search("quokka")).sort()).toEqual([model.id, study.id].sort());
    expect(ids(await search("quokka", { subtype_filter: "STUDY" }))).toEqual([study.id]);
    expect(ids(await search("quokka", { subtype_filter: "DATASET" }))).toEqual([]);
    const bad = await call("/search/entity-registry", userToken, { query: "quokka", subtype_filter: "NOT_A_SUBTYPE" });
    expect(bad.status).toBe(422);
  });

  it("returns 10 by default and caps record_limit at 50", async () => {
    for (let i = 0; i < 60; i += 1) put(completeItem({ displayName: `Numbat transect ${i}` }));
    expect((await search("numbat")).results).toHaveLength(10);
    expect((await search("numbat", { record_limit: "0" })).results).toHaveLength(10);
    expect((await search("numbat", { record_limit: "3" })).results).toHaveLength(3);
    expect((await search("numbat", { record_limit: "500" })).results).toHaveLength(50);
    const scores = (await search("numbat", { record_limit: "50" })).results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("includes seed items", async () => {
    const seed = put(seedItem("ORGANISATION", "AGENT", "seedowner"));
    expect(ids(await search("seedowner"))).toEqual([seed.id]);
    const handleSuffix = seed.id.split("/")[1]!;
    expect(ids(await search(handleSuffix))[0]).toBe(seed.id);
  });

  it("follows updates and forgets deleted items", async () => {
    const item = put(completeItem({ displayName: "Dugong census" }));
    expect(ids(await search("dugong"))).toEqual([item.id]);
    items.put(item.id, { ...item, display_name: "Turtle census" });
    expect(ids(await search("dugong"))).toEqual([]);
    expect(ids(await search("turtle"))).toEqual([item.id]);
    items.delete(item.id);
    expect(ids(await search("turtle"))).toEqual([]);
  });

  it("answers an empty query with no results and refuses a missing one", async () => {
    expect((await search("")).results).toEqual([]);
    expect((await call("/search/entity-registry", userToken)).status).toBe(422);
  });
});
