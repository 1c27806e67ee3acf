// Seed → complete → update → history → revert, and create, for every subtype with plain write
// routes; datasets and model runs through the proxy routes with a service account.
import { BadRequestError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeedItemError, ItemNotFoundError } from "../src/index.js";
import type { RegistryClient, SeededItem, UpdateResult } from "../src/index.js";
import type { References } from "./support/examples.js";
import { DATASET_TEMPLATE, MODEL, ORGANISATION, PERSON, STUDY, createReferences, datasets, modelRuns, workflowTemplates } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

// The common surface of the STANDARD subtypes, for a table-driven test over different item types.
interface Item {
  id: string;
  display_name: string;
  record_type: string;
  created_timestamp: number;
  updated_timestamp: number;
  owner_username: string;
  history: { id: number; reason: string; username: string; timestamp: number; item: { display_name: string } }[];
  versioning_info?: { version: number } | null;
}
interface WritableClient {
  seed(): Promise<SeededItem>;
  create(d: unknown): Promise<{ item: Item; sessionId: string | null }>;
  update(id: string, d: unknown, o?: { reason?: string }): Promise<UpdateResult>;
  revert(id: string, historyId: number, reason: string): Promise<void>;
  fetch(id: string, o?: { seedAllowed?: boolean }): Promise<{ isSeed: boolean; item: Item | SeededItem; roles: string[]; locked: boolean }>;
}

let fx: Fixture;
let user1: RegistryClient;
const refs = {} as References;

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  Object.assign(refs, await createReferences(fx, "user1"));
});
afterAll(() => fx.stop());

const standard: { key: "organisation" | "person" | "model" | "workflowTemplate" | "datasetTemplate" | "study"; examples: () => unknown[]; versioned: boolean }[] = [
  { key: "organisation", examples: () => ORGANISATION, versioned: false },
  { key: "person", examples: () => PERSON, versioned: false },
  { key: "model", examples: () => MODEL, versioned: true },
  { key: "workflowTemplate", examples: () => workflowTemplates(refs), versioned: true },
  { key: "datasetTemplate", examples: () => DATASET_TEMPLATE, versioned: true },
  { key: "study", examples: () => STUDY, versioned: false },
];

describe.each(standard)("$key lifecycle", ({ key, examples, versioned }) => {
  const subtypeClient = () => user1[key] as unknown as WritableClient;

  it("seed → complete → update → revert keeps identity and records history newest first", async () => {
    const client = subtypeClient();
    const [first, second] = examples() as [{ display_name: string }, { display_name: string }];
    const seed = await client.seed();
    expect(seed.record_type).toBe("SEED_ITEM");
    expect(seed.owner_username).toBe("user1");
    expect(Number.isInteger(seed.created_timestamp)).toBe(true);
    if (versioned) expect(seed.versioning_info?.version).toBe(1);

    await expect(client.fetch(seed.id)).rejects.toBeInstanceOf(SeedItemError);
    const asSeed = await client.fetch(seed.id, { seedAllowed: true });
    expect(asSeed.isSeed).toBe(true);
    expect(asSeed.item.id).toBe(seed.id);

    const completed = await client.update(seed.id, first, { reason: "ignored for a seed" });
    if (versioned) expect(completed.sessionId).toEqual(expect.any(String));
    else expect(completed.sessionId).toBeNull();
    const afterComplete = await client.fetch(seed.id);
    expect(afterComplete.isSeed).toBe(false);
    const item = afterComplete.item as Item;
    expect(item.record_type).toBe("COMPLETE_ITEM");
    expect(item.display_name).toBe(first.display_name);
    expect(item.created_timestamp).toBe(seed.created_timestamp);
    expect(item.history.map((h) => [h.id, h.reason, h.username])).toEqual([[0, "Initial record creation", "user1"]]);
    expect(afterComplete.roles).toEqual(expect.arrayContaining(["metadata-read", "metadata-write", "admin"]));
    expect(afterComplete.locked).toBe(false);

    await expect(client.update(seed.id, second)).rejects.toBeInstanceOf(BadRequestError); // a complete item needs a reason
    await client.update(seed.id, second, { reason: "second version" });
    const updated = (await client.fetch(seed.id)).item as Item;
    expect(updated.display_name).toBe(second.display_name);
    expect(updated.history.map((h) => [h.id, h.reason])).toEqual([
      [1, "second version"],
      [0, "Initial record creation"],
    ]);
    expect(updated.history[0]!.item.display_name).toBe(second.display_name);
    expect(updated.owner_username).toBe("user1");
    expect(updated.created_timestamp).toBe(seed.created_timestamp);

    await client.revert(seed.id, 0, "back to the first");
    const reverted = (await client.fetch(seed.id)).item as Item;
    expect(reverted.display_name).toBe(first.display_name);
    expect(reverted.history.map((h) => [h.id, h.reason])).toEqual([
      [2, "(Restoring to v0) back to the first"],
      [1, "second version"],
      [0, "Initial record creation"],
    ]);
    await expect(client.revert(seed.id, 99, "no such entry")).rejects.toBeInstanceOf(BadRequestError);
  });

  it("create returns the complete item, the same one fetch returns", async () => {
    const client = subtypeClient();
    const [first] = examples() as [{ display_name: string }];
    const created = await client.create(first);
    expect(created.item.record_type).toBe("COMPLETE_ITEM");
    expect(created.item.id).toMatch(/^10378\.1\/\d+$/);
    expect(created.item.history).toHaveLength(1);
    if (versioned) expect(created.sessionId).toEqual(expect.any(String));
    else expect(created.sessionId).toBeNull();
    const fetched = await client.fetch(created.item.id);
    expect(fetched.item).toEqual(created.item);
  });
});

describe("fetch failures", () => {
  it("an unknown id is an ItemNotFoundError carrying the id", async () => {
    const error = await user1.organisation.fetch("10378.1/999999999").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ItemNotFoundError);
    expect((error as ItemNotFoundError).id).toBe("10378.1/999999999");
    await expect(user1.general.fetch("10378.1/999999999")).rejects.toBeInstanceOf(ItemNotFoundError);
  });

  it("general fetch returns any subtype as a raw record", async () => {
    const raw = await user1.general.fetch(refs.model);
    expect(raw).toMatchObject({ id: refs.model, item_subtype: "MODEL", record_type: "COMPLETE_ITEM" });
  });
});

describe("service-proxy subtypes", () => {
  const asUser1 = { username: "user1", email: "user1@example.com", roles: ["entity-registry-read", "entity-registry-write"] };

  it("dataset: seed, update, revert and version through the data store's proxy routes", async () => {
    const dataStore = fx.service("data-store-api").dataset.proxy(asUser1);
    const [first, second] = datasets(refs) as [Parameters<typeof dataStore.update>[1], Parameters<typeof dataStore.update>[1]];
    const seed = await dataStore.seed();
    expect(seed.owner_username).toBe("user1");
    await dataStore.update(seed.id, first);
    const item = (await user1.dataset.fetch(seed.id)).item;
    expect(item.display_name).toBe(first.display_name);
    expect(item.owner_username).toBe("user1");
    await dataStore.update(seed.id, second, { reason: "second" });
    await dataStore.revert(seed.id, 0, "undo");
    const reverted = (await dataStore.fetch(seed.id)).item;
    expect(reverted.display_name).toBe(first.display_name);
    expect(reverted.history.map((h) => h.reason)).toEqual(["(Restoring to v0) undo", "second", "Initial record creation"]);

    const created = await dataStore.create(second);
    const version = await dataStore.version(created.item.id, "new data");
    const next = (await user1.dataset.fetch(version.newVersionId)).item;
    expect(next.versioning_info).toMatchObject({ previous_version: created.item.id, version: 2, reason: "new data" });
  });

  it("model run: create and fetch through the prov API's proxy routes", async () => {
    const prov = fx.service("prov-api").modelRun.proxy(asUser1);
    const [run] = modelRuns(refs);
    const created = await prov.create(run!);
    expect(created.item.owner_username).toBe("user1");
    const fetched = await user1.modelRun.fetch(created.item.id);
    expect(fetched.item.record).toEqual(created.item.record);
  });
});
