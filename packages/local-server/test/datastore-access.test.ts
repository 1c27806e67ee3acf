// Data Store list, fetch, credentials and presigned URLs over real HTTP (behaviour.md §3.2):
// access filtering, the 400/401 answers, credential scoping and role rules (401 locked, 403
// while a release is pending or done), and the presigned URL's path rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDatastore, type DatastoreHarness } from "./datastore/harness.js";
import type { Body } from "./registry/client.js";
import { DATASTORE_SERVICE, userContext } from "./registry/fixtures.js";

let d: DatastoreHarness;
let shared: string;
let hidden: string;
beforeAll(async () => {
  d = await startDatastore();
  shared = await d.mint("user1");
  hidden = await d.mint("user1", d.collectionFormat((c) => (c.dataset_info.name = "Hidden")));
  await setGeneral(hidden, []);
});
afterAll(() => d.stop());

async function setGeneral(id: string, general: string[]): Promise<void> {
  const res = await d.h.call("PUT", "/registry/entity/dataset/auth/configuration", { as: "user1", query: { id }, body: { owner: "user1", general, groups: {} } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** Sets release fields through the registry's proxy update, as the release workflow does. */
async function setReleaseStatus(id: string, releaseStatus: string): Promise<void> {
  const item = (await d.ds("user1", "GET", "/registry/items/fetch-dataset", { query: { handle_id: id } })).body.item;
  const domain = {
    display_name: item.display_name,
    collection_format: item.collection_format,
    s3: item.s3,
    release_status: releaseStatus,
    release_history: [],
    ...(releaseStatus === "NOT_RELEASED" ? {} : { release_approver: d.refs.user2.person, release_timestamp: 1 }),
  };
  const res = await d.h.call("PUT", "/registry/entity/dataset/proxy/update", { as: DATASTORE_SERVICE, headers: userContext("user1"), query: { id, exclude_history_update: true }, body: domain });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

describe("list and fetch", () => {
  it("lists the datasets the caller may read, as the registry's dataset list", async () => {
    const mine = await d.ds("user1", "POST", "/registry/items/list", { body: {} });
    expect(mine.status).toBe(200);
    const ids = (b: Body): string[] => (b.items as { id: string }[]).map((i) => i.id);
    expect(ids(mine.body)).toEqual(expect.arrayContaining([shared, hidden]));
    const theirs = await d.ds("user2", "POST", "/registry/items/list", { body: { sort_by: { sort_type: "CREATED_TIME", ascending: true }, page_size: 50 } });
    expect(ids(theirs.body)).toContain(shared);
    expect(ids(theirs.body)).not.toContain(hidden);
    expect(theirs.body.not_authorised_count).toBeGreaterThanOrEqual(1);
    expect((await d.ds("user2", "POST", "/registry/items/list")).status).toBe(200);
    expect((await d.ds("user1", "POST", "/registry/items/list", { body: { sort_by: { sort_type: "RELEASE_TIMESTAMP" } } })).status).toBe(500);
    expect((await d.ds("user1", "POST", "/registry/items/list", { body: { sort_by: { sort_type: "ACCESS_INFO_URI_BEGINS_WITH" } } })).status).toBe(422);
    expect((await d.ds("user1", "POST", "/registry/items/list", { body: { page_size: "many" } })).status).toBe(422);
  });

  it("fetch answers 400 for an empty, unknown, non-dataset or seed id and 401 when the registry refuses", async () => {
    const fetchAs = (username: string, id: string) => d.ds(username, "GET", "/registry/items/fetch-dataset", { query: { handle_id: id } });
    expect(await fetchAs("user1", "")).toEqual({ status: 400, body: { detail: "Empty string received for query handle_id" } });
    expect((await fetchAs("user1", "10378.1/999999")).status).toBe(400);
    expect((await fetchAs("user1", d.refs.user1.organisation)).status).toBe(400);
    const seed = await d.seed("user1");
    expect(await fetchAs("user1", seed)).toEqual({ status: 400, body: { detail: expect.stringContaining("success False during dataset fetching") } });
    const refused = await fetchAs("user2", hidden);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe("Registry did not grant access to the dataset. Details: You are not authorised to fetch this item..");
    expect((await fetchAs("user2", shared)).body.roles).toEqual(["metadata-read", "dataset-data-read"]);
    expect((await d.ds("user1", "GET", "/registry/items/fetch-dataset")).status).toBe(422);
  });
});

const credentials = (username: string, id: string, write: boolean, console = false) =>
  d.ds(username, "POST", `/registry/credentials/generate-${write ? "write" : "read"}-access-credentials`, { body: { dataset_id: id, console_session_required: console } });

describe("credentials", () => {
  it("issues read and write credentials with an expiry and the local S3 endpoint", async () => {
    for (const write of [false, true]) {
      const started = Date.now();
      const res = await credentials("user1", shared, write, true);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.status).toEqual({ success: true, details: "STS credentials generated successfully for specified path." });
      const creds = res.body.credentials;
      expect(creds.aws_access_key_id).toEqual(expect.any(String));
      expect(creds.aws_secret_access_key).toEqual(expect.any(String));
      expect(creds.aws_session_token).toEqual(expect.any(String));
      expect(creds.expiry).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
      const lifetime = Date.parse(creds.expiry as string) - started;
      expect(lifetime).toBeGreaterThan(7.9 * 3600_000);
      expect(lifetime).toBeLessThanOrEqual(8 * 3600_000 + 1000);
      expect(res.body.console_session_url).toBeNull();
      expect(res.body.s3_endpoint).toBe(d.h.server.datasetStorage.endpoint);
      expect(String(res.body.s3_endpoint).startsWith(d.h.server.origin)).toBe(true);
      expect(res.body.s3_region).toBe(d.h.server.datasetStorage.region);
    }
    const a = (await credentials("user1", shared, false)).body.credentials;
    const b = (await credentials("user1", shared, false)).body.credentials;
    expect(a.aws_access_key_id).not.toBe(b.aws_access_key_id);
  });

  it("reads need a data-reading role, writes a data-writing one", async () => {
    expect((await credentials("user2", shared, false)).status).toBe(200);
    expect(await credentials("user2", shared, true)).toEqual({ status: 401, body: { detail: "You do not have sufficient permissions to write to this dataset!" } });
    const id = await d.mint("user1");
    await setGeneral(id, ["metadata-read"]);
    expect(await credentials("user2", id, false)).toEqual({ status: 401, body: { detail: "You do not have sufficient permissions to read from this dataset!" } });
    await setGeneral(id, ["metadata-read", "dataset-data-write"]);
    expect((await credentials("user2", id, false)).status).toBe(200);
    expect((await credentials("user2", id, true)).status).toBe(200);
    expect((await credentials("user2", hidden, false)).status).toBe(401);
    // A registry admin passes whatever the item settings say.
    expect((await credentials("admin", hidden, true)).status).toBe(200);
    expect((await credentials("user1", "10378.1/999999", false)).status).toBe(400);
    expect((await credentials("user1", await d.seed("user1"), false)).status).toBe(400);
  });

  it("refuses write credentials with 401 while locked and 403 while a release is pending or done", async () => {
    const id = await d.mint("user1");
    await d.h.call("PUT", "/registry/entity/dataset/locks/lock", { as: "user1", body: { id, reason: "freeze" } });
    expect(await credentials("user1", id, true)).toEqual({
      status: 401,
      body: { detail: "This dataset is locked - you cannot modify the files of a locked dataset. Unlock the dataset first." },
    });
    expect((await credentials("user1", id, false)).status).toBe(200);
    await d.h.call("PUT", "/registry/entity/dataset/locks/unlock", { as: "user1", body: { id, reason: "thaw" } });
    for (const state of ["PENDING", "RELEASED"]) {
      await setReleaseStatus(id, state);
      expect(await credentials("user1", id, true)).toEqual({
        status: 403,
        body: { detail: `Dataset ${id} is pending review or is released. Cannot modify dataset files while a review is ongoing.` },
      });
      expect((await credentials("user1", id, false)).status).toBe(200);
    }
    await setReleaseStatus(id, "NOT_RELEASED");
    expect((await credentials("user1", id, true)).status).toBe(200);
  });

  it("issues credentials for a non-reposited dataset too (RRAPIS-1581)", async () => {
    const id = await d.mint("user1", d.collectionFormat(undefined, 3));
    expect((await credentials("user1", id, true)).status).toBe(200);
  });
});

describe("presigned URLs", () => {
  const presign = (username: string, body: Body) => d.ds(username, "POST", "/registry/items/generate-presigned-url", { body });

  it("signs a GET for an existing file of the dataset", async () => {
    const storage = d.h.server.datasetStorage;
    const path = `datasets/${shared.replaceAll(".", "-").replaceAll("/", "-")}/`;
    await storage.putObject(storage.datasetBucket, `${path}data/file.txt`, "hello dataset");
    const res = await presign("user2", { dataset_id: shared, file_path: "data/file.txt", expires_in: 60 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ dataset_id: shared, file_path: "data/file.txt", presigned_url: expect.stringContaining(d.h.server.origin) });
    const metadata = await presign("user1", { dataset_id: shared, file_path: "metadata.json" });
    expect(metadata.status).toBe(200);
  });

  it("refuses paths that could leave the prefix, missing files, and callers without dataset-data-read", async () => {
    for (const [filePath, illegal] of [
      ["../other/file", "../"],
      ["a/..", ".."],
      ["a//b", "//"],
      ["a\\b", "\\"],
    ]) {
      expect(await presign("user1", { dataset_id: shared, file_path: filePath })).toEqual({
        status: 400,
        body: { detail: `File path '${filePath}' contains '${illegal}' which is not allowed.` },
      });
    }
    expect(await presign("user1", { dataset_id: shared, file_path: "nope.txt" })).toEqual({
      status: 400,
      body: { detail: `File path 'nope.txt' does not exist in dataset with id ${shared}` },
    });
    const id = await d.mint("user1");
    await setGeneral(id, ["metadata-read"]);
    const refused = await presign("user2", { dataset_id: id, file_path: "metadata.json" });
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe(
      `Failed to generate presigned url. Error: User user2 does not have expected dataset data privileges for dataset with id '${id}'.Expected roles of ['dataset-data-read'] but got ['metadata-read']`,
    );
    await setGeneral(id, ["metadata-read", "dataset-data-write"]);
    expect((await presign("user2", { dataset_id: id, file_path: "metadata.json" })).status).toBe(401);
    const unknown = await presign("user1", { dataset_id: "10378.1/999999", file_path: "metadata.json" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/^Failed to generate presigned url\. Error: /);
    expect((await presign("user2", { dataset_id: hidden, file_path: "metadata.json" })).status).toBe(401);
    for (const expires of [0, 86401]) expect((await presign("user1", { dataset_id: shared, file_path: "metadata.json", expires_in: expires })).status).toBe(422);
  });
});
