// Pagination: short and empty pages while a key remains, listAll over more than 1,000 items,
// every supported filter/sort combination, and a rejected one.
import { BadRequestError, UnprocessableEntityError, collectAll } from "@provena-sdk/http-core";
import { passwordGrant } from "@provena-sdk/auth-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRegistryClient } from "../src/index.js";
import type { BundledItem, RecordTypeFilter, RegistryClient, SortType } from "../src/index.js";
import { ORGANISATION, STUDY, datasets } from "./support/examples.js";
import type { References } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
let user1: RegistryClient;
let admin: RegistryClient;

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  admin = fx.client("admin");
  await fx.link("user1");
});
afterAll(() => fx.stop());

/** `count` copies of one exported bundle under fresh ids, imported in one admin call. */
async function importCopies(template: BundledItem, count: number, idBase: number): Promise<string[]> {
  const text = JSON.stringify(template);
  const ids: string[] = [];
  const items = Array.from({ length: count }, (_, i) => {
    const id = `10378.1/${idBase + i}`;
    ids.push(id);
    const copy = JSON.parse(text.split(JSON.stringify(template.id).slice(1, -1)).join(id)) as BundledItem;
    copy.item_payload["display_name"] = `Imported org ${String(i).padStart(5, "0")}`;
    copy.item_payload["updated_timestamp"] = 1_700_000_000 + i;
    return copy;
  });
  const result = await admin.admin.import({ import_mode: "ADD_ONLY", parse_items: true, allow_entry_deletion: false, trial_mode: false, items });
  expect(result.statistics?.new_entries).toBe(count);
  return ids;
}

describe("listAll", () => {
  it("goes through more than 1,000 items without losing or repeating one", async () => {
    const { item } = await user1.organisation.create(ORGANISATION[0]!);
    const bundle = (await admin.admin.export()).find((b) => b.id === item.id)!;
    const imported = await importCopies(bundle, 1_050, 5_000_000);

    const seen: string[] = [];
    let pages = 0;
    for await (const page of user1.organisation.listAll({ pageSize: 100 }).pages()) {
      pages++;
      seen.push(...page.items.map((i) => i.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([...imported, item.id]));
    expect(seen).toHaveLength(1_051);
    expect(pages).toBeGreaterThanOrEqual(11);

    const all = await collectAll(user1.organisation.listAll({ pageSize: 500 }));
    const updated = all.map((o) => o.updated_timestamp);
    expect(updated).toEqual([...updated].sort((a, b) => b - a)); // newest updated first by default
    await expect(collectAll(user1.organisation.listAll({ pageSize: 500 }), { limit: 1_000 })).rejects.toThrow(/1000|limit/);
  });

  it("keeps going through short and empty pages while the key is set", async () => {
    for (const s of STUDY) await user1.study.create(s);
    for (let i = 0; i < 6; i++) await user1.study.seed(); // newest: the first pages hold only seeds
    const pages = [];
    for await (const page of user1.study.listAll({ pageSize: 3 }).pages()) pages.push(page);
    expect(pages.some((p) => p.items.length === 0 && p.paginationKey !== null)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toHaveLength(STUDY.length);
    expect(pages.at(-1)!.paginationKey).toBeNull();

    const first = await user1.study.list({ pageSize: 3 });
    const second = await user1.study.list({ pageSize: 3, paginationKey: first.paginationKey });
    expect(first.paginationKey).not.toBeNull();
    expect(second.items.length + second.seedItems.length).toBeLessThanOrEqual(3);
  });
});

describe("filters and sorts", () => {
  // A private world: studies named so that display-name order differs from creation order.
  const names = ["Study M", "Study B", "Study X", "Study A", "Study Q"];
  const created: string[] = [];
  const seeds: string[] = [];
  let reviewerPerson = "";

  beforeAll(async () => {
    const server = await startFixture();
    fx2 = server;
    const c = server.client("user1");
    reviewerPerson = await server.link("user1");
    for (const n of names) created.push((await c.study.create({ ...STUDY[0]!, display_name: n, title: n })).item.id);
    for (let i = 0; i < 2; i++) seeds.push((await c.study.seed()).id);
  });
  let fx2: Fixture;
  afterAll(() => fx2.stop());

  const sorts: (SortType | undefined)[] = [undefined, "UPDATED_TIME", "CREATED_TIME", "DISPLAY_NAME"];
  const recordTypes: RecordTypeFilter[] = ["COMPLETE_ONLY", "SEED_ONLY", "ALL"];
  const cases = sorts.flatMap((by) => recordTypes.flatMap((recordType) => [true, false].map((ascending) => ({ by, recordType, ascending }))));

  it.each(cases)("subtype list: $recordType sorted by $by (ascending $ascending)", async ({ by, recordType, ascending }) => {
    const c = fx2.client("user1");
    const items = await collectAll(c.study.listAll({ recordType, sort: by === undefined ? undefined : { by, ascending }, pageSize: 2 }));
    const ids = items.map((i) => i.id);
    const expected = recordType === "COMPLETE_ONLY" ? created : recordType === "SEED_ONLY" ? seeds : [...created, ...seeds];
    if (by === "DISPLAY_NAME") {
      // Seeds have no display name: only complete items are ordered by it.
      const named = items.filter((i) => "display_name" in i).map((i) => (i as { display_name: string }).display_name);
      expect(named).toEqual([...named].sort((a, b) => (ascending ? (a < b ? -1 : 1) : a < b ? 1 : -1)));
      if (recordType !== "SEED_ONLY") expect(ids).toEqual(expect.arrayContaining(created));
    } else {
      expect(ids.sort()).toEqual([...expected].sort());
      const field = by === "CREATED_TIME" ? "created_timestamp" : "updated_timestamp";
      const stamps = items.map((i) => i[field]);
      const direction = by === undefined ? false : ascending;
      expect(stamps).toEqual([...stamps].sort((a, b) => (direction ? a - b : b - a)));
    }
  });

  it.each([undefined, "UPDATED_TIME", "CREATED_TIME", "DISPLAY_NAME"] as const)("general list: no filter, sorted by %s", async (by) => {
    const c = fx2.client("user1");
    const items = await collectAll(c.general.listAll({ sort: by === undefined ? undefined : { by }, pageSize: 4 }));
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(created));
    expect(items.every((i) => i.record_type === "COMPLETE_ITEM")).toBe(true);
  });

  it.each([undefined, "UPDATED_TIME", "CREATED_TIME", "DISPLAY_NAME"] as const)("general list: subtype filter, sorted by %s", async (by) => {
    const c = fx2.client("user1");
    const items = await collectAll(c.general.listAll({ subtype: "STUDY", recordType: "ALL", sort: by === undefined ? undefined : { by, ascending: true } }));
    expect(items.every((i) => i.item_subtype === "STUDY")).toBe(true);
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(by === "DISPLAY_NAME" ? created : [...created, ...seeds]));
  });

  it("general list: subtype filter with ACCESS_INFO_URI_BEGINS_WITH matches the prefix", async () => {
    const org = (await fx2.client("user1").organisation.create(ORGANISATION[0]!)).item.id;
    const refs: References = { organisation: org, person: reviewerPerson, model: "", datasetTemplates: ["", "", ""] };
    const dataStore = fx2.service("data-store-api").dataset.proxy({ username: "user1", email: "user1@example.com", roles: [] });
    const [, withUri] = datasets(refs);
    const uris = ["https://fake.url.com/a", "https://fake.url.com/b", "https://other.example/c"];
    const ids: string[] = [];
    for (const uri of uris) {
      const info = withUri!.collection_format.dataset_info;
      const body = { ...withUri!, access_info_uri: uri, collection_format: { ...withUri!.collection_format, dataset_info: { ...info, access_info: { ...info.access_info, uri } } } };
      ids.push((await dataStore.create(body)).item.id);
    }
    const c = fx2.client("user1");
    const general = await collectAll(c.general.listAll({ subtype: "DATASET", sort: { by: "ACCESS_INFO_URI_BEGINS_WITH", beginsWith: "https://fake.url.com/", ascending: true } }));
    expect(general.map((i) => i.id).sort()).toEqual(ids.slice(0, 2).sort());
    const typed = await collectAll(c.dataset.listAll({ sort: { by: "ACCESS_INFO_URI_BEGINS_WITH", beginsWith: "https://other" } }));
    expect(typed.map((i) => i.id)).toEqual([ids[2]]);
  });

  it.each([undefined, "RELEASE_TIMESTAMP"] as const)("general list: release reviewer filter, sorted by %s", async (by) => {
    const c = fx2.client("user1");
    const page = await c.general.list({ releaseReviewer: reviewerPerson, sort: by === undefined ? undefined : { by } });
    expect(page.items).toEqual([]); // nobody asked user1 to review anything
    expect(page.paginationKey).toBeNull();
  });

  it("an unsupported combination is a 400, a begins_with without its sort a 422", async () => {
    const c = fx2.client("user1");
    const error = await c.general.list({ sort: { by: "RELEASE_TIMESTAMP" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).serverMessage).toMatch(/index/i);
    await expect(c.study.list({ sort: { by: "RELEASE_TIMESTAMP" } })).rejects.toBeInstanceOf(BadRequestError);
    // Subtype + ACCESS_INFO_URI_BEGINS_WITH is a supported index; studies simply carry no URI.
    expect((await c.study.list({ sort: { by: "ACCESS_INFO_URI_BEGINS_WITH", beginsWith: "x" } })).items).toEqual([]);
    await expect(c.general.list({ sort: { by: "DISPLAY_NAME", beginsWith: "x" } })).rejects.toBeInstanceOf(UnprocessableEntityError);
  });
});

describe("listAll prefetch", () => {
  it("asks for the next page as soon as a page arrives, unless prefetch is false", async () => {
    // Runs last: the organisations the tests above made give a listing of many one-item pages.
    const requested: number[] = [];
    const client = createRegistryClient({
      endpoints: fx.server.endpoints,
      tokenProvider: passwordGrant({ issuer: fx.server.issuer, username: "user1", password: "user1" }),
      validation: "strict",
      retry: false,
      hooks: { beforeRequest: (info) => void (info.operationName === "registry.organisation.list" && requested.push(info.attempt)) },
    });
    // Hold on to page 1 without asking for more: by default page 2 is requested anyway.
    for (const [prefetch, expected] of [[undefined, 2], [false, 1]] as const) {
      requested.length = 0;
      for await (const item of client.organisation.listAll({ pageSize: 1, ...(prefetch === undefined ? {} : { prefetch }) })) {
        expect(item.item_subtype).toBe("ORGANISATION");
        if (expected === 2) await vi.waitFor(() => expect(requested).toHaveLength(2));
        else await new Promise((resolve) => setTimeout(resolve, 150)); // time for a request that should not come
        expect(requested, `prefetch ${String(prefetch)}`).toHaveLength(expected);
        break;
      }
    }
  });
});
