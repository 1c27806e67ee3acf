// Each subtype client exposes exactly its route set's actions, at compile time (each expected
// type error below fails `pnpm typecheck` if the method appears) and at run time.
import { createTransport } from "@provena-sdk/http-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { RegistryClient, SUBTYPE_KEYS, SUBTYPE_TABLE } from "../src/index.js";
import type { PageIterable } from "@provena-sdk/http-core";
import type { FetchedItem, FetchResult, ItemDataset, ItemModel, ItemPerson, PersonDomainInfo, ReviewingPage } from "../src/index.js";

const client = new RegistryClient({ transport: createTransport({ endpoints: { registry: "http://127.0.0.1:9/registry-api" } }) });

describe("compile-time route sets", () => {
  it("types items and bodies per subtype", () => {
    // Types only: the calls sit in closures that never run, as calling them would send
    // requests to a closed port and leave their rejections unhandled.
    const calls = {
      personFetch: () => client.person.fetch("x"),
      modelSeedFetch: () => client.model.fetch("x", { seedAllowed: true }),
      proxyFetch: () => client.dataset.proxy("u").fetch("x"),
      reviewing: () => client.dataset.reviewing("p"),
      reviewingAll: () => client.dataset.reviewingAll("p"),
    };
    expectTypeOf(calls.personFetch).returns.resolves.toEqualTypeOf<FetchedItem<ItemPerson>>();
    expectTypeOf(calls.modelSeedFetch).returns.resolves.toEqualTypeOf<FetchResult<ItemModel>>();
    expectTypeOf<Parameters<typeof client.person.create>[0]>().toEqualTypeOf<PersonDomainInfo>();
    expectTypeOf(calls.proxyFetch).returns.resolves.toEqualTypeOf<FetchedItem<ItemDataset>>();
    expectTypeOf(calls.reviewing).returns.resolves.toEqualTypeOf<ReviewingPage>();
    expectTypeOf(calls.reviewingAll).returns.toEqualTypeOf<PageIterable<ItemDataset, ReviewingPage>>();
  });

  it("leaves out the actions a route set does not have", () => {
    // @ts-expect-error datasets are written only through the data store's proxy routes
    void client.dataset.create;
    // @ts-expect-error datasets version only through the proxy
    void client.dataset.version;
    // @ts-expect-error CREATE activities are read-only
    void client.createActivity.update;
    // @ts-expect-error model runs are written only through the prov API's proxy routes
    void client.modelRun.seed;
    // @ts-expect-error organisations do not version
    void client.organisation.version;
    // @ts-expect-error only datasets have a proxy version route
    void client.model.proxy("u").version;
    // @ts-expect-error STANDARD subtypes have no proxy writes
    void client.person.proxy("u").create;
    // @ts-expect-error only datasets have a release-review listing
    void client.model.reviewing;
    // @ts-expect-error only datasets have a release-review listing
    void client.modelRun.reviewingAll;
    // The same absences at run time, so this test also fails if a method exists untyped.
    const has = (target: object, name: string): boolean => name in target;
    expect([
      has(client.dataset, "create"),
      has(client.dataset, "version"),
      has(client.createActivity, "update"),
      has(client.modelRun, "seed"),
      has(client.organisation, "version"),
      has(client.model.proxy("u"), "version"),
      has(client.person.proxy("u"), "create"),
      has(client.model, "reviewing"),
      has(client.modelRun, "reviewingAll"),
    ]).toEqual([false, false, false, false, false, false, false, false, false]);
    // …while the neighbouring actions do exist (the names above are spelled right).
    expect([has(client.person, "create"), has(client.dataset.proxy("u"), "version"), has(client.dataset, "reviewing")]).toEqual([true, true, true]);
  });
});

describe("run-time route sets", () => {
  const writes = ["seed", "create", "update", "revert"];
  it.each(SUBTYPE_KEYS)("%s has exactly its actions", (key) => {
    const entry = SUBTYPE_TABLE[key];
    const sub = client[key] as unknown as Record<string, unknown> & { proxy(u: string): Record<string, unknown> };
    for (const name of writes) expect(name in sub, `${key}.${name}`).toBe(entry.routes === "STANDARD");
    expect("version" in sub).toBe(entry.versionRoute === "plain");
    for (const name of ["reviewing", "reviewingAll"]) expect(name in sub, `${key}.${name}`).toBe(entry.releaseReviews);
    const proxy = sub.proxy("user");
    for (const name of writes) expect(name in proxy, `${key}.proxy.${name}`).toBe(entry.routes === "SERVICE_PROXY");
    expect("version" in proxy).toBe(entry.versionRoute === "proxy");
    for (const name of ["fetch", "list", "listAll", "validate", "schema", "uiSchema", "auth", "locks", "admin"]) expect(name in sub).toBe(true);
  });
});
