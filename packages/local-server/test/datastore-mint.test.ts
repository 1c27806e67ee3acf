// Data Store mint, fetch, validate and schema over real HTTP (behaviour.md §3.2): the mint's
// steps and their order, every field check, the registry pre-validation, the pydantic 422s,
// and that a fetched dataset is what was minted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { implementedOperations } from "../src/index.js";
import { operationsOf } from "../src/spec/operations.js";
import { startDatastore, waitForJob, type DatastoreHarness } from "./datastore/harness.js";
import type { Body } from "./registry/client.js";

let d: DatastoreHarness;
beforeAll(async () => {
  d = await startDatastore();
});
afterAll(() => d.stop());

it("serves every operation of data-store.json", () => {
  const all = operationsOf("datastore").map((op) => op.key).sort();
  expect(all).toHaveLength(23);
  expect(implementedOperations().datastore.sort()).toEqual(all);
});

describe("mint", () => {
  it("seeds, writes metadata.json under datasets/<sanitised handle>/, completes the item and spawns the create activity", async () => {
    const cf = d.collectionFormat((c) => (c.dataset_info.user_metadata = { project: "coral" }));
    const res = await d.ds("user1", "POST", "/register/mint-dataset", { body: cf });
    expect(res.status).toBe(200);
    const handle: string = res.body.handle;
    const sanitised = handle.replaceAll(".", "-").replaceAll("/", "-");
    const bucket = d.h.server.datasetStorage.datasetBucket;
    expect(res.body).toEqual({
      status: { success: true, details: "Successfully seeded location - see location details." },
      handle,
      s3_location: { bucket_name: bucket, path: `datasets/${sanitised}/`, s3_uri: `s3://${bucket}/datasets/${sanitised}/` },
      register_create_activity_session_id: expect.any(String),
    });
    expect(await d.metadataFile(`datasets/${sanitised}/`)).toEqual(cf);

    const fetched = await d.ds("user1", "GET", "/registry/items/fetch-dataset", { query: { handle_id: handle } });
    expect(fetched.status).toBe(200);
    expect(fetched.body.status).toEqual({ success: true, details: `Successfully fetched data for handle '${handle}'` });
    expect(fetched.body).not.toHaveProperty("item_is_seed");
    expect(fetched.body.locked).toBe(false);
    expect(fetched.body.roles).toEqual(expect.arrayContaining(["admin", "metadata-write", "dataset-data-write"]));
    const item = fetched.body.item;
    expect(item.collection_format).toEqual({
      ...cf,
      associations: { ...cf.associations, data_custodian_id: null, point_of_contact: null },
      dataset_info: {
        ...cf.dataset_info,
        access_info: { reposited: true, uri: null, description: null },
        purpose: null,
        rights_holder: null,
        usage_limitations: null,
        preferred_citation: null,
        spatial_info: null,
        temporal_info: null,
        formats: null,
      },
    });
    expect(item).toMatchObject({
      id: handle,
      owner_username: "user1",
      record_type: "COMPLETE_ITEM",
      item_subtype: "DATASET",
      display_name: cf.dataset_info.name,
      user_metadata: { project: "coral" },
      s3: res.body.s3_location,
      release_status: "NOT_RELEASED",
      release_history: [],
      release_approver: null,
      access_info_uri: null,
      versioning_info: { version: 1 },
      workflow_links: { create_activity_workflow_id: res.body.register_create_activity_session_id },
    });
    expect(item.history).toHaveLength(1);
    expect(item.history[0].reason).toBe("Initial record creation");

    const job = await waitForJob(d.h, "user1", res.body.register_create_activity_session_id as string);
    expect(job.status).toBe("SUCCEEDED");
    expect(job.result.creation_activity_id).toEqual(expect.any(String));
    // The handle resolves through the handle service.
    const resolved = await fetch(`${d.h.server.endpoints.handle}/handle/get?id=${encodeURIComponent(handle)}`, {
      headers: { authorization: `Bearer ${d.h.server.mintToken("admin")}` },
    });
    const resolvedBody: Body = await resolved.json();
    expect(resolvedBody.properties[0].value).toBe(`${d.h.server.origin}/registry/item/${handle}`);
  });

  it("refuses (400) a storage prefix that already holds files, after seeding", async () => {
    // The next id the one allocator hands out is the one after a freshly minted handle.
    const res = await fetch(`${d.h.server.endpoints.handle}/handle/mint`, {
      method: "POST",
      headers: { authorization: `Bearer ${d.h.server.mintToken("admin")}`, "content-type": "application/json" },
      body: JSON.stringify({ value_type: "DESC", value: "probe" }),
    });
    const probe: Body = await res.json();
    const next = `10378.1/${Number(String(probe.id).split("/")[1]) + 1}`;
    const storage = d.h.server.datasetStorage;
    await storage.putObject(storage.datasetBucket, `datasets/${next.replaceAll(".", "-").replaceAll("/", "-")}/stale.txt`, "left over");
    const minted = await d.ds("user1", "POST", "/register/mint-dataset", { body: d.collectionFormat() });
    expect(minted.status).toBe(400);
    expect(minted.body.detail).toMatch(/^Failed to find a unique S3 path - is your dataset name a duplicate\?/);
    // The seed was made before the check, as upstream's order has it.
    const seed = await d.h.call("GET", "/registry/entity/dataset/fetch", { as: "user1", query: { id: next, seed_allowed: true } });
    expect(seed.body.item_is_seed).toBe(true);
  });

  it("keeps access_info_uri equal to the external URI of a non-reposited dataset", async () => {
    const handle = await d.mint("user1", d.collectionFormat(undefined, 2));
    const fetched = await d.ds("user1", "GET", "/registry/items/fetch-dataset", { query: { handle_id: handle } });
    expect(fetched.body.item.access_info_uri).toBe("https://fake.url.com");
    expect(fetched.body.item.collection_format.dataset_info.access_info).toEqual({ reposited: false, uri: "https://fake.url.com", description: "Fake" });
  });

  const approvalCases = ["ethics_registration", "ethics_access", "indigenous_knowledge", "export_controls"] as const;
  it.each(approvalCases)("refuses %s relevant without obtained, and obtained without relevant (200, success false)", async (approval) => {
    for (const [relevant, obtained] of [
      [true, false],
      [false, true],
    ]) {
      const cf = d.collectionFormat((c) => (c.approvals[approval] = { relevant, obtained }));
      const res = await d.ds("user1", "POST", "/register/mint-dataset", { body: cf });
      expect(res.status).toBe(200);
      expect(res.body.status.success).toBe(false);
      expect(res.body.status.details).toMatch(/^Failed field value validation\. Error: /);
      expect(res.body.handle).toBeNull();
      const validated = await d.ds("user1", "POST", "/metadata/validate-metadata", { body: cf });
      expect(validated).toEqual({ status: 200, body: { success: false, details: res.body.status.details } });
    }
    const both = d.collectionFormat((c) => (c.approvals[approval] = { relevant: true, obtained: true }));
    expect((await d.ds("user1", "POST", "/metadata/validate-metadata", { body: both })).body.success).toBe(true);
  });

  it("refuses a published date before the created date, and accepts the same day", async () => {
    const cf = d.collectionFormat((c) => (c.dataset_info.published_date.value = "2021-12-24"));
    const res = await d.ds("user1", "POST", "/register/mint-dataset", { body: cf });
    expect(res.body.status).toEqual({ success: false, details: "Failed field value validation. Error: The published date cannot be before the creation date." });
    expect((await d.ds("user1", "POST", "/metadata/validate-metadata", { body: d.collectionFormat() })).body).toEqual({ success: true, details: "Metadata is valid." });
  });

  it("pre-validates against the registry: unknown or wrong-type references are a failed status", async () => {
    const unknown = d.collectionFormat((c) => (c.dataset_info.publisher_id = "10378.1/999999"));
    const res = await d.ds("user1", "POST", "/register/mint-dataset", { body: unknown });
    expect(res.body.status.success).toBe(false);
    expect(res.body.status.details).toBe("Registry API responded with an error during validation, error: Validation Error: Could not find Publisher with ID 10378.1/999999 in registry..");
    const person = d.collectionFormat((c) => (c.associations.organisation_id = d.refs.user1.person));
    expect((await d.ds("user1", "POST", "/metadata/validate-metadata", { body: person })).body.details).toMatch(/Mismatch between expected item types/);
    const custodian = d.collectionFormat((c) => (c.associations.data_custodian_id = d.refs.user1.person));
    expect((await d.ds("user1", "POST", "/metadata/validate-metadata", { body: custodian })).body.success).toBe(true);
  });

  it("answers the pydantic failures with 422", async () => {
    const cases: [string, (cf: Body) => void, (string | number)[]][] = [
      ["unknown key", (c) => (c.dataset_info.colour = "blue"), ["body", "dataset_info", "colour"]],
      ["empty string", (c) => (c.dataset_info.name = ""), ["body", "dataset_info", "name"]],
      ["reposited with a URI", (c) => (c.dataset_info.access_info.uri = "https://x.org"), ["body", "dataset_info", "access_info", "__root__"]],
      ["not reposited without a URI", (c) => (c.dataset_info.access_info = { reposited: false, description: "d" }), ["body", "dataset_info", "access_info", "__root__"]],
      ["not reposited without a description", (c) => (c.dataset_info.access_info = { reposited: false, uri: "https://x.org" }), ["body", "dataset_info", "access_info", "__root__"]],
      ["a date that does not exist", (c) => (c.dataset_info.created_date.value = "2021-02-30"), ["body", "dataset_info", "created_date", "value"]],
      ["relevant without a date", (c) => (c.dataset_info.created_date = { relevant: true }), ["body", "dataset_info", "created_date", "__root__"]],
      ["a date that is not relevant", (c) => (c.dataset_info.published_date = { relevant: false, value: "2021-12-25" }), ["body", "dataset_info", "published_date", "__root__"]],
      ["a licence that is not an http URL", (c) => (c.dataset_info.license = "ftp://x.org/l"), ["body", "dataset_info", "license"]],
      ["temporal duration out of order", (c) => (c.dataset_info.temporal_info = { duration: { begin_date: "2022-01-02", end_date: "2022-01-01" } }), ["body", "dataset_info", "temporal_info", "duration", "__root__"]],
      ["a temporal resolution that is not ISO 8601", (c) => (c.dataset_info.temporal_info = { resolution: "1 year" }), ["body", "dataset_info", "temporal_info", "resolution"]],
      ["a negative spatial resolution", (c) => (c.dataset_info.spatial_info = { resolution: "-0.5" }), ["body", "dataset_info", "spatial_info", "resolution"]],
      ["a missing section", (c) => delete c.approvals, ["body", "approvals"]],
    ];
    for (const [name, change, loc] of cases) {
      for (const path of ["/register/mint-dataset", "/metadata/validate-metadata"]) {
        const res = await d.ds("user1", "POST", path, { body: d.collectionFormat(change) });
        expect(res.status, `${name} on ${path}`).toBe(422);
        expect(res.body.detail[0].loc, name).toEqual(loc);
      }
    }
    const fine = d.collectionFormat((c) => (c.dataset_info.temporal_info = { duration: { begin_date: "2022-01-01", end_date: "2022-01-01" }, resolution: "P1Y2M10DT2H30M" }));
    expect((await d.ds("user1", "POST", "/metadata/validate-metadata", { body: fine })).body.success).toBe(true);
  });

  it("applies the same collection format rules in the registry's own dataset validate", async () => {
    const domain = (cf: Body) => ({ display_name: "x", collection_format: cf, s3: { bucket_name: "b", path: "p", s3_uri: "s3://b/p" }, release_status: "NOT_RELEASED" });
    const ok = await d.h.call("POST", "/registry/entity/dataset/validate", { as: "user1", body: domain(d.collectionFormat()) });
    expect(ok.body.status.success).toBe(true);
    const bad = await d.h.call("POST", "/registry/entity/dataset/validate", { as: "user1", body: domain(d.collectionFormat((c) => (c.dataset_info.created_date.value = "2021-13-01"))) });
    expect(bad.status).toBe(422);
    expect(bad.body.detail[0].loc).toEqual(["body", "collection_format", "dataset_info", "created_date", "value"]);
  });

  it("turns the registry's refusal of an unlinked user into a 500, as upstream does", async () => {
    d.h.server.addUser({ username: "unlinked", password: "x", email: "u@example.com", roles: ["entity-registry-read", "entity-registry-write"] });
    const res = await d.ds("unlinked", "POST", "/register/mint-dataset", { body: d.collectionFormat() });
    expect(res.status).toBe(500);
    expect(res.body.detail).toMatch(/^Unexpected non 200 status code in dataset minting process\. Status code: 400\. Details: In order to perform this operation you must link/);
  });

  it("needs registry write for mint and registry read for validate and schema", async () => {
    d.h.server.addUser({ username: "reader", password: "x", roles: ["entity-registry-read"] });
    expect((await d.ds("reader", "POST", "/register/mint-dataset", { body: d.collectionFormat() })).status).toBe(401);
    expect((await d.ds("reader", "POST", "/metadata/validate-metadata", { body: d.collectionFormat() })).status).toBe(200);
  });
});

describe("schema and admin", () => {
  it("serves the collection format's JSON schema with the definitions it uses", async () => {
    const res = await d.ds("user1", "GET", "/metadata/dataset-schema");
    expect(res.status).toBe(200);
    const schema = res.body.json_schema;
    expect(schema.title).toBe("Dataset Metadata");
    expect(schema.required).toEqual(["associations", "approvals", "dataset_info"]);
    const definitions = Object.keys(schema.definitions as object);
    expect(definitions).toContain("AccessInfo");
    expect(definitions).not.toContain("S3Location");
    expect(JSON.stringify(schema)).not.toContain('"#/definitions/CollectionFormat"');
  });

  it("serves admin config to registry admins only", async () => {
    expect((await d.ds("user1", "GET", "/admin/config")).status).toBe(401);
    const config = await d.ds("admin", "GET", "/admin/config", { query: { required_only: "false" } });
    expect(config.status).toBe(200);
    expect(config.body.S3_STORAGE_BUCKET_NAME).toBe(d.h.server.datasetStorage.datasetBucket);
    expect(config.body.DATASET_PATH).toBe("datasets");
    expect((await d.ds("admin", "GET", "/admin/sentry-debug")).status).toBe(500);
  });
});
