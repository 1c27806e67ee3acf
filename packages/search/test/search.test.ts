// SearchClient.search() against the real local server: typed, ranked hits, subtype filter,
// limits, and the client-side checks.
import { AbortError, UnauthorizedError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSearchClient, InvalidSearchOptionsError, MAX_SEARCH_LIMIT, type SearchClient } from "../src/index.js";
import { storedItem, type StoredItem } from "./support/items.js";
import { startTestBed, type TestBed } from "./support/local-server.js";

let bed: TestBed;
let client: SearchClient;
let put: (item: StoredItem) => StoredItem;

beforeAll(async () => {
  bed = await startTestBed();
  client = bed.searchClientFor("user1");
  const items = bed.storage.table<StoredItem>("registry.items");
  put = (item) => {
    items.put(item.id, item);
    return item;
  };
});
afterAll(() => bed.server.stop());

const ids = async (query: string, options?: Parameters<SearchClient["search"]>[1]) => (await client.search(query, options)).hits.map((h) => h.id);

describe("SearchClient.search", () => {
  it("finds a new item by a word in its name, with a score", async () => {
    const item = put(storedItem("ORGANISATION", "AGENT", "Bandicoot Research Institute", { name: "Bandicoot Research Institute" }));
    const results = await client.search("bandicoot");
    expect(results.hits).toEqual([{ id: item.id, score: expect.any(Number) as number }]);
    expect(results.hits[0]!.score).toBeGreaterThan(0);
    expect(results.warnings).toEqual([]);
  });

  it("ranks an exact title above a passing mention", async () => {
    const mention = put(
      storedItem("MODEL", "ENTITY", "Estuary salinity model", { name: "Estuary salinity model", description: "Validated against the Reef Runoff Forecast." }),
    );
    const exact = put(storedItem("MODEL", "ENTITY", "Reef Runoff Forecast", { name: "Reef Runoff Forecast", description: "Sediment loads." }));
    const { hits } = await client.search("Reef Runoff Forecast");
    expect(hits.slice(0, 2).map((h) => h.id)).toEqual([exact.id, mention.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it("filters by subtype", async () => {
    const org = put(storedItem("ORGANISATION", "AGENT", "Platypus Society", { name: "Platypus Society" }));
    const person = put(storedItem("PERSON", "AGENT", "Pat Platypus", { first_name: "Pat", last_name: "Platypus" }));
    expect((await ids("platypus")).sort()).toEqual([org.id, person.id].sort());
    expect(await ids("platypus", { subtype: "PERSON" })).toEqual([person.id]);
    expect(await ids("platypus", { subtype: "DATASET" })).toEqual([]);
  });

  it("asks for `limit` hits and refuses limits the API cannot honour", async () => {
    for (let i = 0; i < 12; i += 1) put(storedItem("ORGANISATION", "AGENT", `Wombat lab ${i}`));
    expect(await ids("wombat")).toHaveLength(10);
    expect(await ids("wombat", { limit: 3 })).toHaveLength(3);
    expect(await ids("wombat", { limit: MAX_SEARCH_LIMIT })).toHaveLength(12);
    for (const limit of [0, -1, 2.5, MAX_SEARCH_LIMIT + 1]) {
      const error = await client.search("wombat", { limit }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidSearchOptionsError);
      expect((error as InvalidSearchOptionsError).option).toBe("limit");
      expect((error as Error).message).toContain("from 1 to 50");
    }
  });

  it("rejects with AbortError when the signal is aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("user navigated away"));
    await expect(client.search("wombat", { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
  });

  it("surfaces a refused token as UnauthorizedError", async () => {
    const anonymous = createSearchClient({ endpoints: bed.server.endpoints, tokenProvider: { getToken: () => Promise.resolve("not-a-jwt") }, retry: false });
    const error = await anonymous.search("wombat").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).serverMessage).toBe("Could not validate credentials");
  });
});
