// Tests read nested JSON response fields freely through `Body` (any); the spec check in the
// client has already validated every body, so the unsafe-any rules add nothing here.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */
// Pagination as upstream's DynamoDB queries: page_size is the Limit before the post-filter and
// the access filter (short and empty pages with a key), the opaque key, every supported
// filter/sort combination and the rejected ones. Items come in through /admin/import so their
// timestamps and names are known.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type Body, type RegistryHarness } from "./registry/client.js";
import { EXAMPLES } from "./registry/fixtures.js";

let h: RegistryHarness;
const OWNER = "user1";
const REVIEWER = "10378.1/9000";

function bundle(item: Record<string, unknown>, general = ["metadata-read"]): Body {
  const id = item.id as string;
  return { id, item_payload: item, auth_payload: { id, access_settings: { owner: OWNER, general, groups: {} } }, lock_payload: { id, lock_information: { locked: false, history: [] } } };
}

function organisation(n: number, seed: boolean): Body {
  const base = { id: `10378.1/${1000 + n}`, owner_username: OWNER, created_timestamp: 1_700_000_000 + n, updated_timestamp: 1_800_000_000 - n, item_category: "AGENT", item_subtype: "ORGANISATION" };
  if (seed) return { ...base, record_type: "SEED_ITEM" };
  // Names run against creation order so each sort gives a different sequence.
  const domain = { display_name: `org ${String.fromCharCode(122 - n)}`, name: `org ${n}` };
  return { ...base, ...domain, record_type: "COMPLETE_ITEM", history: [{ id: 0, timestamp: base.created_timestamp, reason: "Initial record creation", username: OWNER, item: domain }] };
}

function dataset(n: number, uri: string, release?: { approver: string; timestamp: number; status: string }): Body {
  const domain = structuredClone(EXAMPLES.DATASET!.domain_info[1]!) as Body;
  domain.display_name = `dataset ${n}`;
  domain.collection_format.dataset_info.access_info.uri = uri;
  domain.access_info_uri = uri;
  if (release !== undefined) Object.assign(domain, { release_approver: release.approver, release_timestamp: release.timestamp, release_status: release.status });
  const base = { id: `10378.1/${2000 + n}`, owner_username: OWNER, created_timestamp: 1_700_000_100 + n, updated_timestamp: 1_700_000_100 + n, item_category: "ENTITY", item_subtype: "DATASET", record_type: "COMPLETE_ITEM" };
  return { ...base, ...domain, history: [{ id: 0, timestamp: base.created_timestamp, reason: "Initial record creation", username: OWNER, item: domain }] };
}

// 12 organisations: n = 0..11, every third one a seed; 5 datasets.
const ORGS = Array.from({ length: 12 }, (_, n) => organisation(n, n % 3 === 2));
const COMPLETE_ORGS = ORGS.filter((o) => o.record_type === "COMPLETE_ITEM");
const DATASETS = [
  dataset(0, "https://a.example/x"),
  dataset(1, "https://a.example/y", { approver: REVIEWER, timestamp: 30, status: "RELEASED" }),
  dataset(2, "https://b.example/z", { approver: REVIEWER, timestamp: 10, status: "PENDING" }),
  dataset(3, "s3://bucket/a"),
  dataset(4, "https://a.example/w", { approver: "10378.1/9001", timestamp: 20, status: "RELEASED" }),
];

beforeAll(async () => {
  h = await startRegistry();
  const items = [...ORGS, ...DATASETS].map((item) => bundle(item));
  const imported = await h.call("POST", "/admin/import", { as: "admin", body: { import_mode: "ADD_ONLY", trial_mode: false, items } });
  expect(imported.body.status.success, JSON.stringify(imported.body)).toBe(true);
});
afterAll(() => h.stop());

/** Every page of a list (general or subtype), with the page sizes seen. */
async function exhaust(path: string, body: Record<string, unknown>, as = OWNER): Promise<{ ids: string[]; sizes: number[]; keys: unknown[] }> {
  const ids: string[] = [];
  const sizes: number[] = [];
  const keys: unknown[] = [];
  let key: unknown = null;
  for (let page = 0; page < 100; page++) {
    const res = await h.call("POST", path, { as, body: { ...body, pagination_key: key } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = (res.body.items ?? res.body.dataset_items) as Body[];
    ids.push(...items.map((i) => i.id as string));
    sizes.push(items.length);
    key = res.body.pagination_key;
    keys.push(key);
    if (key === null) return { ids, sizes, keys };
  }
  throw new Error("pagination did not end");
}

const idsOf = (items: readonly Body[]): string[] => items.map((i) => i.id as string);
const by = <T>(items: readonly T[], key: (t: T) => number | string, ascending: boolean): T[] =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (ascending ? 1 : -1));

describe("page size before the post-filter", () => {
  it("pages the subtype list newest-updated first with short pages while a key remains", async () => {
    const { ids, sizes, keys } = await exhaust("/registry/agent/organisation/list", { page_size: 3 });
    expect(ids).toEqual(idsOf(by(COMPLETE_ORGS, (o) => o.updated_timestamp, false)));
    // 12 rows, 3 per page: every page evaluated 3 rows and each holds one seed (n % 3 === 2).
    expect(sizes).toEqual([2, 2, 2, 2]);
    expect(keys.slice(0, -1).every((k) => k !== null && typeof k === "object")).toBe(true);
    expect(keys[0]).toMatchObject({ id: ORGS[2]!.id, item_subtype: "ORGANISATION", updated_timestamp: ORGS[2]!.updated_timestamp });
  });

  it("returns empty pages with a key when every evaluated row is filtered out", async () => {
    const res = await h.call("POST", "/registry/agent/organisation/list", { as: OWNER, body: { page_size: 1, pagination_key: { id: ORGS[1]!.id, item_subtype: "ORGANISATION", updated_timestamp: ORGS[1]!.updated_timestamp } } });
    expect(res.body.items).toEqual([]);
    expect(res.body.total_item_count).toBe(0);
    expect(res.body.pagination_key).not.toBeNull();
  });

  it("drops unreadable rows after the limit and counts them", async () => {
    await h.call("PUT", "/registry/agent/organisation/auth/configuration", { as: OWNER, query: { id: ORGS[0]!.id }, body: { owner: OWNER, general: [], groups: {} } });
    const first = await h.call("POST", "/registry/agent/organisation/list", { as: "user2", body: { page_size: 12, sort_by: { sort_type: "CREATED_TIME", ascending: true } } });
    expect(first.body.not_authorised_count).toBe(1);
    expect(first.body.items).toHaveLength(COMPLETE_ORGS.length - 1);
    await h.call("PUT", "/registry/agent/organisation/auth/configuration", { as: OWNER, query: { id: ORGS[0]!.id }, body: { owner: OWNER, general: ["metadata-read"], groups: {} } });
  });

  it("returns seeds with SEED_ONLY and both with ALL", async () => {
    const seeds = await exhaust("/registry/general/list", { filter_by: { record_type: "SEED_ONLY" }, page_size: 4 });
    expect(seeds.ids.sort()).toEqual(idsOf(ORGS.filter((o) => o.record_type === "SEED_ITEM")).sort());
    const all = await exhaust("/registry/general/list", { filter_by: { record_type: "ALL", item_subtype: "ORGANISATION" }, page_size: 5 });
    expect(all.ids).toHaveLength(12);
  });
});

describe("filter/sort combinations", () => {
  const completes = [...COMPLETE_ORGS, ...DATASETS];
  it.each([
    [null, (i: Body) => i.updated_timestamp],
    ["UPDATED_TIME", (i: Body) => i.updated_timestamp],
    ["CREATED_TIME", (i: Body) => i.created_timestamp],
    ["DISPLAY_NAME", (i: Body) => i.display_name],
  ] as const)("no filter, sort %s, both directions", async (sortType, key) => {
    for (const ascending of [false, true]) {
      const { ids } = await exhaust("/registry/general/list", { sort_by: { sort_type: sortType, ascending, begins_with: null }, filter_by: null, page_size: 4 });
      expect(ids).toEqual(idsOf(by(completes, key, ascending)));
    }
  });

  it.each([
    [null, (i: Body) => i.updated_timestamp],
    ["UPDATED_TIME", (i: Body) => i.updated_timestamp],
    ["CREATED_TIME", (i: Body) => i.created_timestamp],
    ["DISPLAY_NAME", (i: Body) => i.display_name],
  ] as const)("item_subtype filter, sort %s", async (sortType, key) => {
    const { ids } = await exhaust("/registry/general/list", { filter_by: { item_subtype: "DATASET" }, sort_by: sortType === null ? null : { sort_type: sortType, ascending: true }, page_size: 2 });
    expect(ids).toEqual(idsOf(by(DATASETS, key, sortType !== null)));
  });

  it("item_subtype with ACCESS_INFO_URI_BEGINS_WITH matches the uri prefix", async () => {
    const { ids } = await exhaust("/registry/general/list", { filter_by: { item_subtype: "DATASET" }, sort_by: { sort_type: "ACCESS_INFO_URI_BEGINS_WITH", begins_with: "https://a.example/", ascending: true }, page_size: 2 });
    expect(ids).toEqual(idsOf(by(DATASETS.filter((d) => (d.access_info_uri as string).startsWith("https://a.example/")), (d) => d.access_info_uri, true)));
    const subtypeList = await exhaust("/registry/entity/dataset/list", { sort_by: { sort_type: "ACCESS_INFO_URI_BEGINS_WITH", begins_with: "s3://" } });
    expect(subtypeList.ids).toEqual([DATASETS[3]!.id]);
  });

  it("release_reviewer with no sort or RELEASE_TIMESTAMP, and release_status as a post-filter", async () => {
    const byUpdated = await exhaust("/registry/general/list", { filter_by: { release_reviewer: REVIEWER } });
    expect(byUpdated.ids).toEqual([DATASETS[2]!.id, DATASETS[1]!.id]);
    const byRelease = await exhaust("/registry/general/list", { filter_by: { release_reviewer: REVIEWER }, sort_by: { sort_type: "RELEASE_TIMESTAMP", ascending: true } });
    expect(byRelease.ids).toEqual([DATASETS[2]!.id, DATASETS[1]!.id]);
    const released = await exhaust("/registry/general/list", { filter_by: { release_status: "RELEASED" }, page_size: 3 });
    expect(released.ids.sort()).toEqual([DATASETS[1]!.id, DATASETS[4]!.id].sort());
  });

  it("rejects unsupported combinations with 400 and malformed options with 422", async () => {
    for (const body of [
      { sort_by: { sort_type: "RELEASE_TIMESTAMP" } },
      { sort_by: { sort_type: "ACCESS_INFO_URI_BEGINS_WITH", begins_with: "x" } },
      { filter_by: { item_subtype: "DATASET" }, sort_by: { sort_type: "RELEASE_TIMESTAMP" } },
    ]) {
      const res = await h.call("POST", "/registry/general/list", { as: OWNER, body });
      expect(res.status).toBe(400);
      expect(res.body.detail).toMatch(/^Failed to generate query parameters\. Error: Could not derive an index name/);
    }
    expect((await h.call("POST", "/registry/entity/dataset/list", { as: OWNER, body: { sort_by: { sort_type: "RELEASE_TIMESTAMP" } } })).status).toBe(400);
    for (const body of [
      { sort_by: { sort_type: "DISPLAY_NAME", begins_with: "x" } },
      { filter_by: { item_subtype: "DATASET" }, sort_by: { sort_type: "ACCESS_INFO_URI_BEGINS_WITH" } },
      { filter_by: { item_subtype: "DATASET", release_status: "RELEASED" } },
      { sort_by: { sort_type: "SIDEWAYS" } },
      { page_size: "many" },
    ]) {
      const res = await h.call("POST", "/registry/general/list", { as: OWNER, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.detail[0].loc[0]).toBe("body");
    }
  });

  it("accepts an empty body, {} and explicit nulls", async () => {
    for (const options of [{}, { body: {} }, { body: { filter_by: { record_type: "COMPLETE_ONLY", item_subtype: "ORGANISATION", release_reviewer: null, release_status: null }, sort_by: { sort_type: "CREATED_TIME", ascending: false, begins_with: null }, pagination_key: null, page_size: 20 } }]) {
      const res = await h.call("POST", "/registry/general/list", { as: OWNER, ...options });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
    }
  });
});

describe("dataset releases for a reviewer", () => {
  it("needs release_reviewer, a link, and the caller's own Person (403 otherwise)", async () => {
    const body = { filter_by: { release_reviewer: REVIEWER } };
    expect((await h.call("POST", "/registry/entity/dataset/user/releases", { as: "user2", body: { filter_by: {} } })).status).toBe(400);
    expect((await h.call("POST", "/registry/entity/dataset/user/releases", { as: "user2", body })).status).toBe(400);
    h.link("user2", "10378.1/9001");
    expect((await h.call("POST", "/registry/entity/dataset/user/releases", { as: "user2", body })).status).toBe(403);
    h.link("user2", REVIEWER);
    const res = await h.call("POST", "/registry/entity/dataset/user/releases", { as: "user2", body });
    expect(res.body.dataset_items.map((d: Body) => d.id)).toEqual([DATASETS[2]!.id, DATASETS[1]!.id]);
    expect(res.body.total_dataset_count).toBe(2);
  });
});
