// Tests read nested JSON response fields freely through `Body` (any); the spec check in the
// client has already validated every body, so the unsafe-any rules add nothing here.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */
// Custom validation soft failures, 422 bodies, the EWKT checker, proxy routes and
// export/import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkEwkt } from "../src/services/registry/ewkt.js";
import { startRegistry, type Body, type RegistryHarness } from "./registry/client.js";
import { addServiceUsers, createReferences, DATASTORE_SERVICE, example, PROV_SERVICE, userContext, type References } from "./registry/fixtures.js";

let h: RegistryHarness;
let refs: References;
const USER = "user1";

beforeAll(async () => {
  h = await startRegistry();
  addServiceUsers(h);
  refs = await createReferences(h, USER);
});
afterAll(() => h.stop());

const validate = (prefix: string, body: unknown) => h.call("POST", `${prefix}/validate`, { as: USER, body });

describe("custom validation (soft failures)", () => {
  it("requires ethics approval for a Person", async () => {
    const res = await h.call("POST", "/registry/agent/person/create", { as: USER, body: { ...example("PERSON", 0, refs), ethics_approved: false } });
    expect(res.status).toBe(200);
    expect(res.body.status.success).toBe(false);
    expect(res.body.status.details).toMatch(/^Validation Error: Please ensure mandatory ethics consent is obtained/);
    expect(res.body.created_item).toBeNull();
  });

  it("checks workflow template references: existing, complete, right subtype", async () => {
    const good = example("MODEL_RUN_WORKFLOW_TEMPLATE", 0, refs);
    expect((await validate("/registry/entity/model_run_workflow", good)).body.status.success).toBe(true);
    const missing = await validate("/registry/entity/model_run_workflow", { ...good, software_id: "10378.1/424242" });
    expect(missing.body.status).toEqual({ success: false, details: "Validation Error: Could not find Software ID with ID 10378.1/424242 in registry." });
    const seed = (await h.call("POST", "/registry/entity/model/seed", { as: USER })).body.seeded_item.id as string;
    expect((await validate("/registry/entity/model_run_workflow", { ...good, software_id: seed })).body.status.details).toMatch(/Seed items \(.*\) are not allowed/);
    const wrongType = await validate("/registry/entity/model_run_workflow", { ...good, software_id: refs.organisation });
    expect(wrongType.body.status.details).toMatch(/Mismatch between expected item types/);
    const badTemplate = await h.call("POST", "/registry/entity/model_run_workflow/create", { as: USER, body: { ...good, input_templates: [{ template_id: refs.model }] } });
    expect(badTemplate.body.status.success).toBe(false);
  });

  it("checks dataset organisation, publisher, custodian and EWKT", async () => {
    const good = example("DATASET", 0, refs);
    expect((await validate("/registry/entity/dataset", good)).body.status.success).toBe(true);
    const withCustodian = structuredClone(good);
    withCustodian.collection_format.associations.data_custodian_id = refs.organisation;
    expect((await validate("/registry/entity/dataset", withCustodian)).body.status.details).toMatch(/Dataset Custodian/);
    const badPublisher = structuredClone(good);
    badPublisher.collection_format.dataset_info.publisher_id = refs.person;
    expect((await validate("/registry/entity/dataset", badPublisher)).body.status.success).toBe(false);
    const badEwkt = structuredClone(good);
    badEwkt.collection_format.dataset_info.spatial_info.coverage = "POLYGON ((30 10, 40 40, 20 40))";
    const res = await validate("/registry/entity/dataset", badEwkt);
    expect(res.body.status.success).toBe(false);
    expect(res.body.status.details).toMatch(/^Validation Error: Spatial coverage/);
  });

  it("parses EWKT for every geometry kind and rejects malformed ones", () => {
    for (const ok of [
      "SRID=4326;POINT (1 2)",
      "SRID=4326;POINT Z (1 2 3)",
      "SRID=3857;LINESTRING (0 0, 1 1)",
      "SRID=4326;POLYGON ((30 10, 40 40, 20 40, 10 20, 30 10), (1 1, 2 2, 3 1))",
      "SRID=4326;MULTIPOINT ((1 2), (3 4))",
      "SRID=4326;MULTIPOINT (1 2, 3 4)",
      "SRID=4326;MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
      "SRID=4326;MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))",
      "SRID=4326;GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))",
      "SRID=4326;POINT EMPTY",
    ]) {
      expect(checkEwkt(ok), ok).toEqual({ ok: true });
    }
    for (const bad of ["POINT (1 2)", "SRID=abc;POINT (1 2)", "SRID=0;POINT (1 2)", "SRID=4326;POINT (1)", "SRID=4326;LINESTRING (0 0)", "SRID=4326;POLYGON ((0 0, 1 1)", "SRID=4326;CIRCLE (1 2)", "SRID=4326;POINT (1 2) extra"]) {
      expect(checkEwkt(bad).ok, bad).toBe(false);
    }
  });
});

describe("422 bodies", () => {
  it("reports missing fields, wrong types, empty strings, bad enums and extra keys on forbidding models", async () => {
    const missing = await validate("/registry/agent/organisation", { display_name: "x" });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toEqual([{ loc: ["body", "name"], msg: "field required", type: "value_error.missing" }]);
    const wrongType = await validate("/registry/agent/organisation", { display_name: "x", name: 5 });
    expect(wrongType.body.detail[0]).toMatchObject({ loc: ["body", "name"], type: "type_error.str" });
    // Unknown keys are ignored on ordinary models…
    expect((await validate("/registry/agent/organisation", { display_name: "x", name: "y", colour: "red" })).status).toBe(200);
    // …and rejected where upstream forbids them (CollectionFormat).
    const extra = example("DATASET", 0, refs);
    extra.collection_format.associations.colour = "red";
    const extraRes = await validate("/registry/entity/dataset", extra);
    expect(extraRes.status).toBe(422);
    expect(extraRes.body.detail).toContainEqual({ loc: ["body", "collection_format", "associations", "colour"], msg: "extra fields not permitted", type: "value_error.extra" });
    const empty = example("DATASET", 0, refs);
    empty.collection_format.dataset_info.name = "";
    expect((await validate("/registry/entity/dataset", empty)).body.detail[0]).toMatchObject({ type: "value_error.any_str.min_length", loc: ["body", "collection_format", "dataset_info", "name"] });
    const badEnum = example("DATASET", 0, refs);
    badEnum.release_status = "SOMETIMES";
    expect((await validate("/registry/entity/dataset", badEnum)).body.detail[0].type).toBe("type_error.enum");
    const mismatch = example("DATASET", 0, refs);
    mismatch.access_info_uri = "https://elsewhere.example";
    expect((await validate("/registry/entity/dataset", mismatch)).status).toBe(422);
    const badJson = await h.call("POST", "/registry/agent/organisation/validate", { as: USER, rawBody: "{not json" });
    expect(badJson.status).toBe(422);
    expect((await h.call("PUT", "/registry/agent/organisation/revert", { as: USER, body: { id: "x" } })).status).toBe(422);
    expect((await validate("/registry/agent/person", { ...example("PERSON", 0, refs), email: "not-an-email" })).status).toBe(422);
  });
});

describe("proxy routes", () => {
  const DATASET = "/registry/entity/dataset";

  it("needs the service role and the X-User-Context header, and acts as the proxied user", async () => {
    const body = example("DATASET", 0, refs);
    expect((await h.call("POST", `${DATASET}/proxy/create`, { as: USER, headers: userContext(USER), body })).status).toBe(401);
    expect((await h.call("POST", `${DATASET}/proxy/create`, { as: PROV_SERVICE, headers: userContext(USER), body })).status).toBe(401);
    const noHeader = await h.call("POST", `${DATASET}/proxy/create`, { as: DATASTORE_SERVICE, body });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.detail).toMatch(/^No X-User-Context header present/);
    const created = await h.call("POST", `${DATASET}/proxy/create`, { as: DATASTORE_SERVICE, headers: userContext(USER), body });
    const id = created.body.created_item.id as string;
    expect(created.body.created_item.owner_username).toBe(USER);
    const settings = await h.call("GET", `${DATASET}/auth/configuration`, { as: USER, query: { id } });
    expect(settings.body.general).toEqual(["metadata-read", "dataset-data-read"]);

    // Proxy fetch: either service role, access evaluated for the proxied user.
    const fetched = await h.call("GET", `${DATASET}/proxy/fetch`, { as: PROV_SERVICE, headers: userContext("user2"), query: { id } });
    expect(fetched.body.roles).toEqual(["metadata-read", "dataset-data-read"]);
    const general = await h.call("GET", "/registry/general/proxy/fetch", { as: DATASTORE_SERVICE, query: { id, username: USER } });
    expect(general.body.item.id).toBe(id);

    // Proxy update extras: bypass the lock, skip history, skip the edit-role check.
    await h.call("PUT", `${DATASET}/locks/lock`, { as: USER, body: { id, reason: "release" } });
    const update = (user: string, query: Record<string, string | boolean>) =>
      h.call("PUT", `${DATASET}/proxy/update`, { as: DATASTORE_SERVICE, headers: userContext(user), query: { id, ...query }, body: { ...body, release_status: "PENDING" } });
    expect((await update(USER, { reason: "r" })).status).toBe(401);
    expect((await update(USER, { bypass_item_lock: true, exclude_history_update: true })).body.status.success).toBe(true);
    h.link("user2", refs.person);
    expect((await update("user2", { bypass_item_lock: true, reason: "r" })).status).toBe(401);
    expect((await update("user2", { bypass_item_lock: true, manual_grant: true, reason: "approve" })).body.status.success).toBe(true);
    const item = (await h.call("GET", `${DATASET}/fetch`, { as: USER, query: { id } })).body.item;
    expect(item.release_status).toBe("PENDING");
    expect(item.history.map((e: Body) => [e.reason, e.username])).toEqual([
      ["approve", "user2"],
      ["Initial record creation", USER],
    ]);

    // Proxy version (datasets only).
    await h.call("PUT", `${DATASET}/locks/unlock`, { as: USER, body: { id, reason: "done" } });
    const versioned = await h.call("POST", `${DATASET}/proxy/version`, { as: DATASTORE_SERVICE, headers: userContext(USER), body: { id, reason: "v2" } });
    expect(versioned.status).toBe(200);
    expect(versioned.body.new_version_id).toMatch(/^10378\.1\//);

    // Model runs are written through prov-api's proxy routes.
    const run = await h.call("POST", "/registry/activity/model_run/proxy/create", { as: PROV_SERVICE, headers: userContext(USER), body: example("MODEL_RUN", 0, refs) });
    expect(run.body.status.success).toBe(true);
    expect(run.body.register_create_activity_session_id).toBeNull();
    expect((await h.call("POST", "/registry/activity/model_run/proxy/seed", { as: DATASTORE_SERVICE, headers: userContext(USER) })).status).toBe(401);
  });
});

describe("admin export and import", () => {
  it("exports bundles and imports them back in every mode, trial first", async () => {
    const exported = await h.call("GET", "/admin/export", { as: "admin" });
    const items = exported.body.items as Body[];
    expect(items.length).toBeGreaterThan(4);
    expect(items[0]).toEqual({ id: items[0].id, item_payload: expect.objectContaining({ id: items[0].id }), auth_payload: expect.objectContaining({ id: items[0].id }), lock_payload: expect.objectContaining({ id: items[0].id }) });
    expect((await h.call("GET", "/admin/export", { as: USER })).status).toBe(401);

    const imp = (body: Record<string, unknown>) => h.call("POST", "/admin/import", { as: "admin", body: { items, ...body } });
    const trial = await imp({ import_mode: "ADD_OR_OVERWRITE" });
    expect(trial.body).toMatchObject({ trial_mode: true, status: { success: true }, statistics: { old_registry_size: items.length, new_registry_size: items.length, overwritten_entries: items.length, new_entries: 0, deleted_entries: 0 } });
    const addOnly = await imp({ import_mode: "ADD_ONLY" });
    expect(addOnly.body.status.success).toBe(false);
    expect(addOnly.body.failure_list).toHaveLength(items.length);
    expect((await imp({ import_mode: "OVERWRITE_ONLY", trial_mode: false })).body.status.success).toBe(true);

    const fresh = { ...items[0], id: "10378.1/777777", item_payload: { ...items[0].item_payload, id: "10378.1/777777" }, auth_payload: { ...items[0].auth_payload, id: "10378.1/777777" }, lock_payload: { ...items[0].lock_payload, id: "10378.1/777777" } };
    const sync = await h.call("POST", "/admin/import", { as: "admin", body: { import_mode: "SYNC_ADD_OR_OVERWRITE", items: [fresh] } });
    expect(sync.body.status.success).toBe(false);
    const notAllowed = await h.call("POST", "/admin/import", { as: "admin", body: { import_mode: "SYNC_DELETION_ALLOWED", items: [fresh], trial_mode: false } });
    expect(notAllowed.body.status.success).toBe(false);
    const bad = await h.call("POST", "/admin/import", { as: "admin", body: { import_mode: "ADD_ONLY", items: [{ ...fresh, item_payload: { ...fresh.item_payload, item_subtype: "NOPE" } }] } });
    expect(bad.body.failure_list[0][0]).toBe("10378.1/777777");
    expect((await h.call("POST", "/admin/import", { as: "admin", body: { import_mode: "ADD_ONLY", parse_items: false, items: [{ ...fresh, item_payload: { ...fresh.item_payload, item_subtype: "NOPE" } }] } })).body.status.success).toBe(true);

    const deletion = await h.call("POST", "/admin/import", { as: "admin", body: { import_mode: "SYNC_DELETION_ALLOWED", allow_entry_deletion: true, trial_mode: false, items: [fresh] } });
    expect(deletion.body).toMatchObject({ status: { success: true }, statistics: { deleted_entries: items.length, new_entries: 1, new_registry_size: 1 } });
    expect((await h.call("GET", "/registry/general/fetch", { as: "admin", query: { id: fresh.id } })).body.item.id).toBe(fresh.id);

    // Restore from the storage tables a backup copy was written to.
    const backup = h.storage.table("backup.items");
    for (const b of items) backup.put(b.id, b.item_payload);
    const backupAuth = h.storage.table("backup.auth");
    for (const b of items) backupAuth.put(b.id, b.auth_payload);
    const backupLocks = h.storage.table("backup.locks");
    for (const b of items) backupLocks.put(b.id, b.lock_payload);
    const restore = await h.call("POST", "/admin/restore_from_table", {
      as: "admin",
      body: { import_mode: "ADD_OR_OVERWRITE", trial_mode: false, table_names: { resource_table_name: "backup.items", auth_table_name: "backup.auth", lock_table_name: "backup.locks" } },
    });
    expect(restore.body.statistics.new_entries).toBe(items.length);
    const missingTable = await h.call("POST", "/admin/restore_from_table", { as: "admin", body: { import_mode: "ADD_ONLY", table_names: { resource_table_name: "nope", auth_table_name: "backup.auth", lock_table_name: "backup.locks" } } });
    expect(missingTable.status).toBe(400);

    const prov = await h.call("POST", "/admin/restore-prov-graph", { as: "admin", body: { items: [] } });
    expect(prov.body).toMatchObject({ trial_mode: true, abort_if_failures: true, task_ids: null });
    const config = await h.call("GET", "/admin/config", { as: "admin" });
    expect(config.body.REGISTRY_TABLE_NAME).toBe("registry.items");
    const about = await h.call("GET", "/registry/general/about/version", { as: USER });
    expect(about.body).toHaveProperty("commit_id", null);
  });
});
