// Mint, fetch, update, revert, version, list, validate and schema over real HTTP.
import { BadRequestError, AbortError, UnauthorizedError } from "@provena-sdk/http-core";
import { startLocalServer } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActivityWaitError, DatasetLockedError, DatasetValidationError } from "../src/index.js";
import type { CollectionFormat, DatastoreClient } from "../src/index.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";
import { withoutNulls } from "./support/metadata.js";

let fx: Fixture;
let user1: DatastoreClient;
let metadata: CollectionFormat;

const sanitise = (id: string) => id.replace(/[./]/g, "-");

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  metadata = await fx.metadataFor("user1");
});
afterAll(() => fx.stop());

describe("mint", () => {
  it("mint → fetch returns the metadata as given, at the dataset's own prefix", async () => {
    const minted = await user1.mint(metadata);
    expect(minted.s3Location.path).toBe(`datasets/${sanitise(minted.handle)}/`);
    expect(minted.s3Location.s3_uri).toBe(`s3://${minted.s3Location.bucket_name}/${minted.s3Location.path}`);
    expect(minted.activity).toBeNull();
    expect(typeof minted.sessionId).toBe("string");

    const { item, roles, locked } = await user1.fetch(minted.handle);
    expect(withoutNulls(item.collection_format)).toEqual(metadata);
    expect(item.display_name).toBe(metadata.dataset_info.name);
    expect(item.s3).toEqual(minted.s3Location);
    expect(item.release_status).toBe("NOT_RELEASED");
    expect(item.owner_username).toBe("user1");
    expect(item.history).toHaveLength(1);
    expect(item.versioning_info?.version).toBe(1);
    expect(roles).toContain("admin");
    expect(locked).toBe(false);
  });

  it("with wait resolves once the Create activity is registered and lodged", async () => {
    const stages = new Set<string>();
    const minted = await user1.mint(metadata, { wait: { timeoutMs: 60_000, pollIntervalMs: 20, onProgress: (p) => stages.add(p.stage) } });
    expect(minted.activity?.sessionId).toBe(minted.sessionId);
    expect(stages).toEqual(new Set(["registry", "lodge"]));
    const { item } = await user1.fetch(minted.handle);
    expect(item.workflow_links?.create_activity_workflow_id).toBe(minted.sessionId);
    const activity = await fx.registry("user1").createActivity.fetch(minted.activity!.activityId);
    expect(activity.item.id).toBe(minted.activity!.activityId);
  });

  it("a failed wait is an ActivityWaitError that still names the new dataset", async () => {
    const error = (await user1.mint(metadata, { wait: { signal: AbortSignal.abort() } }).catch((e: unknown) => e)) as ActivityWaitError;
    expect(error).toBeInstanceOf(ActivityWaitError);
    expect(error.cause).toBeInstanceOf(AbortError);
    expect(withoutNulls((await user1.fetch(error.itemId!)).item.collection_format)).toEqual(metadata);
  });

  it.each(["ethics_registration", "ethics_access", "indigenous_knowledge", "export_controls"] as const)("the server refuses %s relevant without obtained (and the reverse)", async (name) => {
    const unchecked = fx.client("user1", { validateRequests: false });
    for (const [relevant, obtained] of [[true, false], [false, true]] as const) {
      const bad = structuredClone(metadata);
      bad.approvals[name] = { relevant, obtained };
      await expect(unchecked.mint(bad)).rejects.toBeInstanceOf(DatasetValidationError);
      expect(await unchecked.validate(bad)).toMatchObject({ valid: false });
    }
    expect(await user1.validate(metadata)).toEqual({ valid: true });
  });

  it("the server refuses a published date before the created date", async () => {
    const bad = structuredClone(metadata);
    bad.dataset_info.created_date = { relevant: true, value: "2022-01-02" };
    bad.dataset_info.published_date = { relevant: true, value: "2022-01-01" };
    await expect(fx.client("user1", { validateRequests: false }).mint(bad)).rejects.toBeInstanceOf(DatasetValidationError);
  });
});

describe("update, revert, version", () => {
  it("update and revert record history; revert restores the old metadata", async () => {
    const { handle } = await user1.mint(metadata);
    const renamed = structuredClone(metadata);
    renamed.dataset_info.name = "Renamed dataset";
    renamed.dataset_info.keywords = ["renamed"];
    const updated = await user1.update(handle, renamed, "a better name");
    expect(updated.handle).toBe(handle);

    const afterUpdate = (await user1.fetch(handle)).item;
    expect(afterUpdate.display_name).toBe("Renamed dataset");
    expect(withoutNulls(afterUpdate.collection_format)).toEqual(renamed);
    expect(afterUpdate.history).toHaveLength(2);
    expect(afterUpdate.history.map((h) => h.reason)).toContain("a better name");

    const original = afterUpdate.history.find((h) => h.item.collection_format.dataset_info.name === metadata.dataset_info.name)!;
    await user1.revert(handle, original.id, "back to the first name");
    const afterRevert = (await user1.fetch(handle)).item;
    expect(withoutNulls(afterRevert.collection_format)).toEqual(metadata);
    expect(afterRevert.history).toHaveLength(3);
    expect(afterRevert.s3).toEqual(afterUpdate.s3);
  });

  it("a reposited dataset switched to external storage gets its access_info_uri, and back", async () => {
    const { handle } = await user1.mint(metadata);
    const external = structuredClone(metadata);
    external.dataset_info.access_info = { reposited: false, uri: "https://data.example.org/coral", description: "ask the custodian" };
    await user1.update(handle, external, "stored elsewhere");
    expect((await user1.fetch(handle)).item.access_info_uri).toBe("https://data.example.org/coral");
    await user1.update(handle, metadata, "back in the data store");
    expect((await user1.fetch(handle)).item.access_info_uri ?? null).toBeNull();
  });

  it("update with bad metadata is a 400 from the server; another user may not update", async () => {
    const { handle } = await user1.mint(metadata);
    const bad = structuredClone(metadata);
    bad.approvals.export_controls = { relevant: true, obtained: false };
    await expect(fx.client("user1", { validateRequests: false }).update(handle, bad, "r")).rejects.toBeInstanceOf(BadRequestError);
    await expect(fx.client("user2").update(handle, metadata, "r")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("a locked dataset refuses update, revert and write credentials with DatasetLockedError", async () => {
    const { handle } = await user1.mint(metadata);
    await fx.registry("user1").dataset.locks.lock(handle, "frozen");
    expect((await user1.fetch(handle)).locked).toBe(true);
    await expect(user1.update(handle, metadata, "r")).rejects.toBeInstanceOf(DatasetLockedError);
    await expect(user1.revert(handle, 0, "r")).rejects.toBeInstanceOf(DatasetLockedError);
    await expect(user1.credentials(handle, "write")).rejects.toBeInstanceOf(DatasetLockedError);
    expect((await user1.credentials(handle, "read")).access).toBe("read");
    await fx.registry("user1").dataset.locks.unlock(handle, "thawed");
    await user1.update(handle, metadata, "r");
  });

  it("version makes a new dataset at a new prefix with a fresh release state and two history entries", async () => {
    const { handle } = await user1.mint(metadata);
    const v2 = await user1.version(handle, "new data", { wait: { timeoutMs: 60_000, pollIntervalMs: 20 } });
    expect(v2.newVersionId).not.toBe(handle);
    expect(typeof v2.activity?.activityId).toBe("string");
    const { item } = await user1.fetch(v2.newVersionId);
    expect(item.s3.path).toBe(`datasets/${sanitise(v2.newVersionId)}/`);
    expect(item.s3.path).not.toBe((await user1.fetch(handle)).item.s3.path);
    expect(item.history).toHaveLength(2);
    expect(item.versioning_info).toMatchObject({ version: 2, previous_version: handle });
    expect(item.release_status).toBe("NOT_RELEASED");
    expect(item.release_history ?? []).toEqual([]);
    expect((await user1.fetch(handle)).item.versioning_info?.next_version).toBe(v2.newVersionId);
    // Only the latest version can be versioned.
    await expect(user1.version(handle, "again")).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("reading", () => {
  it("fetch of an unknown id is a 400, as upstream answers", async () => {
    await expect(user1.fetch("10378.1/does-not-exist")).rejects.toBeInstanceOf(BadRequestError);
  });

  it("list pages and listAll find every minted dataset", async () => {
    const minted = await Promise.all([1, 2, 3].map((i) => user1.mint({ ...metadata, dataset_info: { ...metadata.dataset_info, name: `listed ${i}` } })));
    const all: string[] = [];
    for await (const dataset of user1.listAll({ pageSize: 2 })) all.push(dataset.id);
    expect(all).toEqual(expect.arrayContaining(minted.map((m) => m.handle)));
    expect(new Set(all).size).toBe(all.length);
    const page = await user1.list({ pageSize: 2 });
    expect(page.items.length).toBeLessThanOrEqual(2);
    expect(page.paginationKey).not.toBeNull();
    const next = await user1.list({ pageSize: 2, paginationKey: page.paginationKey });
    expect(next.items.map((i) => i.id)).not.toContain(page.items[0]?.id);
  });

  it("schema, access checks and health", async () => {
    const schema = await user1.schema();
    expect(schema).toHaveProperty("properties.dataset_info");
    expect((await user1.checkAccess("write")).username).toBe("user1");
    await expect(user1.checkAccess("admin")).rejects.toBeInstanceOf(UnauthorizedError);
    expect((await fx.client("admin").checkAccess("admin")).username).toBe("admin");
    expect(await user1.health()).toHaveProperty("message");
  });

  it("credentials name the local S3 endpoint and expire after upstream's 8 h", async () => {
    const { handle } = await user1.mint(metadata);
    const credentials = await user1.credentials(handle, "read");
    expect(credentials.endpoint).toBe(`${fx.server.origin}/s3`);
    expect(credentials.region).toBe("ap-southeast-2");
    expect(credentials.expiresInMs()).toBeGreaterThan(7.9 * 3600_000);
    expect(credentials.expiresInMs()).toBeLessThanOrEqual(8 * 3600_000);
    await expect(fx.client("user2").credentials(handle, "write")).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("admin config for data store admins only", async () => {
    expect(typeof (await fx.client("admin").admin.config({ requiredOnly: false }))).toBe("object");
    await expect(user1.admin.config()).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("the local server's credential lifetime option", () => {
  it("shortens the issued sessions, and a bad value is refused at start", async () => {
    const short = await startFixture({ datasetCredentialLifetimeSeconds: 60 });
    try {
      const client = short.client("user1");
      const { handle } = await client.mint(await short.metadataFor("user1"));
      const credentials = await client.credentials(handle, "write");
      expect(credentials.expiresInMs()).toBeGreaterThan(0);
      expect(credentials.expiresInMs()).toBeLessThanOrEqual(60_000);
    } finally {
      await short.stop();
    }
    await expect(startLocalServer({ datasetCredentialLifetimeSeconds: 0 })).rejects.toThrow(/datasetCredentialLifetimeSeconds/);
  });
});
