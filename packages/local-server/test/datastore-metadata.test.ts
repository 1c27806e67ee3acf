// Data Store update-metadata, revert-metadata and version over real HTTP (behaviour.md §3.2):
// history, the lock and role checks, access_info_uri following the collection format, revert
// restoring only the collection format, and a version getting its own storage prefix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDatastore, type DatastoreHarness } from "./datastore/harness.js";
import type { Body } from "./registry/client.js";
import { DATASTORE_SERVICE, userContext } from "./registry/fixtures.js";

let d: DatastoreHarness;
beforeAll(async () => {
  d = await startDatastore();
});
afterAll(() => d.stop());

const fetchItem = async (username: string, id: string): Promise<Body> => {
  const res = await d.ds(username, "GET", "/registry/items/fetch-dataset", { query: { handle_id: id } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.item;
};

const update = (username: string, id: string, cf: Body, reason = "because") =>
  d.ds(username, "POST", "/register/update-metadata", { query: { handle_id: id, reason }, body: cf });

const lock = (username: string, id: string, locked: boolean) =>
  d.h.call("PUT", `/registry/entity/dataset/locks/${locked ? "lock" : "unlock"}`, { as: username, body: { id, reason: "test" } });

describe("update-metadata", () => {
  it("updates the item and metadata.json, prepends history and keeps storage and release state", async () => {
    const id = await d.mint("user1");
    const before = await fetchItem("user1", id);
    const cf = d.collectionFormat((c) => {
      c.dataset_info.name = "Renamed";
      c.dataset_info.user_metadata = { k: "v" };
    });
    const res = await update("user1", id, cf, "rename");
    expect(res).toEqual({
      status: 200,
      body: { status: { success: true, details: "Successfully updated metadata in Registry and S3 bucket - see location details." }, handle: id, s3_location: before.s3 },
    });
    const after = await fetchItem("user1", id);
    expect(after.display_name).toBe("Renamed");
    expect(after.user_metadata).toEqual({ k: "v" });
    expect(after.s3).toEqual(before.s3);
    expect(after.release_status).toBe("NOT_RELEASED");
    expect(after.history).toHaveLength(2);
    expect(after.history[0]).toMatchObject({ id: 1, reason: "rename", username: "user1" });
    expect(after.created_timestamp).toBe(before.created_timestamp);
    expect(after.workflow_links).toEqual(before.workflow_links);
    expect((await d.metadataFile(before.s3.path as string)).dataset_info.name).toBe("Renamed");
  });

  it("keeps access_info_uri in step when a dataset switches between reposited and external", async () => {
    const id = await d.mint("user1");
    const external = d.collectionFormat((c) => (c.dataset_info.access_info = { reposited: false, uri: "https://data.example.org/x", description: "elsewhere" }));
    expect((await update("user1", id, external)).status).toBe(200);
    expect((await fetchItem("user1", id)).access_info_uri).toBe("https://data.example.org/x");
    const listed = await d.ds("user1", "POST", "/registry/items/list", {
      body: { sort_by: { sort_type: "ACCESS_INFO_URI_BEGINS_WITH", begins_with: "https://data.example.org/" } },
    });
    expect((listed.body.items as { id: string }[]).map((i) => i.id)).toEqual([id]);
    expect((await update("user1", id, d.collectionFormat())).status).toBe(200);
    expect((await fetchItem("user1", id)).access_info_uri).toBeNull();
    const relisted = await d.ds("user1", "POST", "/registry/items/list", {
      body: { sort_by: { sort_type: "ACCESS_INFO_URI_BEGINS_WITH", begins_with: "https://data.example.org/" } },
    });
    expect(relisted.body.items).toEqual([]);
  });

  it("answers validation failures with 400 (not a failed status) and 422 for the model", async () => {
    const id = await d.mint("user1");
    const fields = await update("user1", id, d.collectionFormat((c) => (c.approvals.export_controls = { relevant: true, obtained: false })));
    expect(fields.status).toBe(400);
    expect(fields.body.detail).toMatch(/^Failed field value validation\. Error: /);
    const remote = await update("user1", id, d.collectionFormat((c) => (c.associations.organisation_id = "10378.1/999999")));
    expect(remote.status).toBe(400);
    expect(remote.body.detail).toMatch(/^Registry API responded with an error during validation, error: Validation Error: Could not find/);
    expect((await update("user1", id, d.collectionFormat((c) => (c.dataset_info.name = "")))).status).toBe(422);
    expect((await d.ds("user1", "POST", "/register/update-metadata", { query: { handle_id: id }, body: d.collectionFormat() })).status).toBe(422);
    expect((await fetchItem("user1", id)).history).toHaveLength(1);
  });

  it("refuses unknown ids and seeds with 400, locked datasets and non-writers with 401", async () => {
    const id = await d.mint("user1");
    expect((await update("user1", "10378.1/999999", d.collectionFormat())).status).toBe(400);
    const seed = await d.seed("user1");
    const seeded = await update("user1", seed, d.collectionFormat());
    expect(seeded).toEqual({ status: 400, body: { detail: expect.stringMatching(/success False during dataset fetching/) } });

    expect((await lock("user1", id, true)).status).toBe(200);
    expect(await update("user1", id, d.collectionFormat())).toEqual({
      status: 401,
      body: { detail: "This dataset is locked - you cannot update the metadata. Unlock the dataset first." },
    });
    expect((await lock("user1", id, false)).status).toBe(200);

    // user2 can read (general metadata-read) but holds no writing role.
    expect(await update("user2", id, d.collectionFormat())).toEqual({ status: 401, body: { detail: "You are not authorised to write metadata for this dataset!" } });
    // Without read access the registry refuses first.
    await d.h.call("PUT", "/registry/entity/dataset/auth/configuration", { as: "user1", query: { id }, body: { owner: "user1", general: [], groups: {} } });
    const hidden = await update("user2", id, d.collectionFormat());
    expect(hidden.status).toBe(401);
    expect(hidden.body.detail).toMatch(/^Registry did not grant access to the dataset\. Details: You are not authorised to fetch this item\./);
    // A metadata-write grant is enough.
    await d.h.call("PUT", "/registry/entity/dataset/auth/configuration", { as: "user1", query: { id }, body: { owner: "user1", general: ["metadata-read", "metadata-write"], groups: {} } });
    expect((await update("user2", id, d.collectionFormat())).status).toBe(200);
    expect((await fetchItem("user1", id)).history[0].username).toBe("user2");
  });
});

describe("revert-metadata", () => {
  it("restores only the collection format of a history entry, through an update with history", async () => {
    const original = d.collectionFormat((c) => (c.dataset_info.user_metadata = { v: "1" }));
    const id = await d.mint("user1", original);
    const changed = d.collectionFormat((c) => {
      c.dataset_info.name = "Second";
      c.dataset_info.access_info = { reposited: false, uri: "https://two.example.org", description: "two" };
    });
    expect((await update("user1", id, changed, "second")).status).toBe(200);
    // Release state set behind the data store's back must survive the revert.
    const before = await fetchItem("user1", id);
    const revert = await d.ds("user1", "PUT", "/register/revert-metadata", { body: { id, history_id: 0, reason: "undo" } });
    expect(revert).toEqual({ status: 200, body: { status: { success: true, details: "Successfully reverted metadata in Registry and S3 bucket - see location details." } } });
    const after = await fetchItem("user1", id);
    expect(after.display_name).toBe(original.dataset_info.name);
    expect(after.user_metadata).toEqual({ v: "1" });
    expect(after.access_info_uri).toBeNull();
    expect(after.collection_format.dataset_info.access_info).toEqual({ reposited: true, uri: null, description: null });
    expect(after.s3).toEqual(before.s3);
    expect(after.history).toHaveLength(3);
    expect(after.history[0]).toMatchObject({ id: 2, reason: "Reverting dataset to history id 0. Reason: undo.", username: "user1" });
    expect((await d.metadataFile(after.s3.path as string)).dataset_info.name).toBe(original.dataset_info.name);
  });

  it("refuses an unknown history id (400), a locked dataset and a non-writer (401)", async () => {
    const id = await d.mint("user1");
    expect(await d.ds("user1", "PUT", "/register/revert-metadata", { body: { id, history_id: 7, reason: "r" } })).toEqual({
      status: 400,
      body: { detail: `The item with id ${id} does not have a history entry with id matching 7. No action taken.` },
    });
    expect((await d.ds("user2", "PUT", "/register/revert-metadata", { body: { id, history_id: 0, reason: "r" } })).status).toBe(401);
    await lock("user1", id, true);
    expect((await d.ds("user1", "PUT", "/register/revert-metadata", { body: { id, history_id: 0, reason: "r" } })).status).toBe(401);
    expect((await d.ds("user1", "PUT", "/register/revert-metadata", { body: { id, reason: "r" } })).status).toBe(422);
  });
});

describe("version", () => {
  it("versions to a new storage prefix with release state reset, two history entries and no user_metadata", async () => {
    const id = await d.mint("user1", d.collectionFormat((c) => (c.dataset_info.user_metadata = { keep: "no" })));
    const old = await fetchItem("user1", id);
    // Give the old version some release state, as a finished review would leave it.
    const released = { ...old, release_status: "RELEASED", release_approver: d.refs.user2.person, release_timestamp: 1, release_history: [{ action: "APPROVE", timestamp: 1, approver: d.refs.user2.person, notes: "ok" }] };
    const domain = Object.fromEntries(
      ["display_name", "user_metadata", "collection_format", "s3", "release_history", "release_status", "release_approver", "release_timestamp", "access_info_uri"].map((k) => [k, released[k]]),
    );
    const put = await d.h.call("PUT", "/registry/entity/dataset/proxy/update", {
      as: DATASTORE_SERVICE,
      headers: userContext("user1"),
      query: { id, exclude_history_update: true },
      body: domain,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    const res = await d.ds("user1", "POST", "/register/version", { body: { id, reason: "v2" } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const newId: string = res.body.new_version_id;
    expect(res.body.version_job_session_id).toEqual(expect.any(String));
    expect(newId).not.toBe(id);
    const fresh = await fetchItem("user1", newId);
    const sanitised = newId.replaceAll(".", "-").replaceAll("/", "-");
    expect(fresh.s3.path).toBe(`datasets/${sanitised}/`);
    expect(fresh.s3.path).not.toBe(old.s3.path);
    expect(fresh).toMatchObject({ release_status: "NOT_RELEASED", release_history: [], release_approver: null, release_timestamp: null, user_metadata: null });
    expect(fresh.history).toHaveLength(2);
    expect(fresh.history[0].reason).toBe("(System) Dataset S3 path updated to new version's storage location");
    expect(fresh.history[1].reason).toBe(`New version of existing item (id=${id}).`);
    expect(fresh.versioning_info).toMatchObject({ previous_version: id, version: 2, reason: "v2" });
    expect(await d.metadataFile(fresh.s3.path as string)).toEqual(await d.metadataFile(old.s3.path as string));
    expect((await fetchItem("user1", id)).versioning_info.next_version).toBe(newId);

    const again = await d.ds("user1", "POST", "/register/version", { body: { id, reason: "v2 again" } });
    expect(again.status).toBe(400);
    expect(again.body.detail).toMatch(/^Non 200 status code in dataset version process\. Status code: 400\. Details: Cannot create a new version for an item/);
  });

  it("needs item admin (401) and a JSON body (422)", async () => {
    const id = await d.mint("user1");
    const res = await d.ds("user2", "POST", "/register/version", { body: { id, reason: "mine now" } });
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/^Dataset version failed, not authorised 401\./);
    expect((await d.ds("user1", "POST", "/register/version", { body: { id } })).status).toBe(422);
  });
});
