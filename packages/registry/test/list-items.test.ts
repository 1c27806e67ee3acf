// listItems and listAllItems, the modular forms of `registry.<subtype>.list` and `.listAll`: the
// same pages, items and errors as the sub-client methods, against the local server over real HTTP.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { BadRequestError, collectAll, listAllItems, listItems } from "../src/index.js";
import type { ItemStudy, ListPage, RegistryClient, SeededItem, Transport } from "../src/index.js";
import { organisation, study } from "../src/subtypes-entry.js";
import { ORGANISATION, STUDY } from "./support/examples.js";
import { startFixture, type Fixture } from "./support/fixture.js";

let fx: Fixture;
let user1: RegistryClient;
let transport: Transport;
const created: string[] = [];
beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  // The transport of user1's client: strict, no retries, user1's token (see support/fixture.ts).
  transport = user1.transport;
  await fx.link("user1");
  for (const body of STUDY) created.push((await user1.study.create(body)).item.id);
  await user1.study.seed();
});
afterAll(() => fx.stop());

describe("listItems", () => {
  it("gives the sub-client's page, typed by the subtype definition", async () => {
    const page = await listItems(transport, study, { recordType: "ALL", pageSize: 50 });
    expectTypeOf(page).toEqualTypeOf<ListPage<ItemStudy>>();
    expect(page).toEqual(await user1.study.list({ recordType: "ALL", pageSize: 50 }));
    expect(page.items.map((i) => i.id).sort()).toEqual([...created].sort());
    expect(page.seedItems).toHaveLength(1);
    expect(page.paginationKey).toBeNull();
  });

  it("follows the sub-client's pagination key", async () => {
    const first = await listItems(transport, study, { pageSize: 1, sort: { by: "DISPLAY_NAME", ascending: true } });
    expect(first.items).toHaveLength(1);
    expect(first.paginationKey).not.toBeNull();
    const second = await listItems(transport, study, { pageSize: 1, sort: { by: "DISPLAY_NAME", ascending: true }, paginationKey: first.paginationKey! });
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(second).toEqual(await user1.study.list({ pageSize: 1, sort: { by: "DISPLAY_NAME", ascending: true }, paginationKey: first.paginationKey! }));
  });

  it("a combination the registry has no index for is the same BadRequestError", async () => {
    const options = { sort: { by: "RELEASE_TIMESTAMP" } } as const;
    const error: unknown = await listItems(transport, organisation, options).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    const same: unknown = await user1.organisation.list(options).then(() => undefined, (e: unknown) => e);
    expect((error as BadRequestError).serverMessage).toMatch(/index/i);
    expect((error as BadRequestError).message).toBe((same as BadRequestError).message);
  });
});

describe("listAllItems", () => {
  it("gives every item across pages, as the sub-client's listAll", async () => {
    const org = await user1.organisation.create(ORGANISATION[0]!);
    const all = await collectAll(listAllItems(transport, study, { pageSize: 1 }));
    expectTypeOf(all).toEqualTypeOf<ItemStudy[]>();
    expect(all.map((i) => i.id).sort()).toEqual([...created].sort());
    expect(all).toEqual(await collectAll(user1.study.listAll({ pageSize: 1 })));
    let pages = 0;
    for await (const page of listAllItems(transport, study, { pageSize: 1 }).pages()) {
      pages++;
      expect(page.items.length).toBeLessThanOrEqual(1);
    }
    expect(pages).toBeGreaterThanOrEqual(created.length);
    const withSeeds = await collectAll(listAllItems(transport, study, { recordType: "ALL" }));
    expectTypeOf(withSeeds).toEqualTypeOf<(ItemStudy | SeededItem)[]>();
    expect(withSeeds).toHaveLength(created.length + 1);
    expect((await collectAll(listAllItems(transport, organisation))).map((o) => o.id)).toEqual([org.item.id]);
  });
});
