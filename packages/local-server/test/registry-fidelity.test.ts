// Tests read nested JSON response fields freely through `Body` (any); the spec check in the
// client has already validated every body, so the unsafe-any rules add nothing here.
/* eslint-disable @typescript-eslint/no-unsafe-call */
// behaviour.md's exact wording and status split for the registry cases the lifecycle suites
// leave loose: explicit nulls in typed answers vs omitted keys in raw items, the lock table
// answering first for a missing id, wrong-subtype writes as soft failures, default general
// roles, and a stored item that no longer parses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type RegistryHarness } from "./registry/client.js";
import { addServiceUsers, createAs, createReferences, DATASTORE_SERVICE, example, type References } from "./registry/fixtures.js";

let h: RegistryHarness;
let refs: References;
const OWNER = "user1";
const OTHER = "user2";
const ORG = "/registry/agent/organisation";
const MODEL = "/registry/entity/model";
const MISSING = "10378.1/999999";
const LOCK_TABLE_FIRST = /^Failed to check if locked/;

beforeAll(async () => {
  h = await startRegistry();
  addServiceUsers(h);
  refs = await createReferences(h, OWNER);
});
afterAll(() => h.stop());

describe("typed answers carry explicit nulls; raw items omit absent keys (§1.1)", () => {
  it("answers a fetch of a missing id with 200, success=false and every optional field null", async () => {
    const res = await h.call("GET", `${ORG}/fetch`, { as: OWNER, query: { id: MISSING } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: { success: false, details: expect.stringMatching(/not found/) }, item: null, roles: null, locked: null, item_is_seed: null });
    const general = await h.call("GET", "/registry/general/fetch", { as: OWNER, query: { id: MISSING } });
    expect(general.status).toBe(200);
    expect(general.body).toEqual({ status: { success: false, details: expect.stringMatching(/not found/) }, item: null });
  });

  it("answers a seed fetched without seed_allowed with a soft failure, nulls included", async () => {
    const seed = (await h.call("POST", `${ORG}/seed`, { as: OWNER })).body.seeded_item.id as string;
    const res = await h.call("GET", `${ORG}/fetch`, { as: OWNER, query: { id: seed } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: { success: false, details: expect.stringMatching(/seed/) }, item: null, roles: null, locked: null, item_is_seed: null });
  });

  it("fills unset optional fields of a typed item with null and leaves them out of raw items", async () => {
    const body = { display_name: "No ror", name: "No ror" };
    const id = await createAs(h, OWNER, ORG, body);
    const typed = (await h.call("GET", `${ORG}/fetch`, { as: OWNER, query: { id } })).body.item;
    expect(typed).toMatchObject({ ror: null, user_metadata: null, workflow_links: null, versioning_info: null });
    expect(typed.history[0].item).toEqual({ display_name: "No ror", name: "No ror", ror: null, user_metadata: null });

    const raw = (await h.call("GET", "/registry/general/fetch", { as: OWNER, query: { id } })).body.item;
    for (const key of ["ror", "user_metadata", "workflow_links", "versioning_info", "universal_partition_key"]) expect(raw).not.toHaveProperty(key);
    expect(raw.history[0].item).toEqual(body);
    const listed = await h.call("POST", "/registry/general/list", { as: OWNER, body: { filter_by: { item_subtype: "ORGANISATION" }, page_size: 100 } });
    const rawListed = listed.body.items.find((item: { id: string }) => item.id === id);
    expect(rawListed).toBeDefined();
    expect(rawListed).not.toHaveProperty("ror");
    expect(rawListed).not.toHaveProperty("workflow_links");
  });
});

describe("a missing id on update, revert and delete answers 400 from the lock table (§1.1, §2.2, §10)", () => {
  it("quotes 'Failed to check if locked…' for each", async () => {
    const update = await h.call("PUT", `${ORG}/update`, { as: OWNER, query: { id: MISSING, reason: "x" }, body: example("ORGANISATION", 0, refs) });
    expect(update.status).toBe(400);
    expect(update.body.detail).toMatch(LOCK_TABLE_FIRST);
    const revert = await h.call("PUT", `${ORG}/revert`, { as: OWNER, body: { id: MISSING, history_id: 0, reason: "x" } });
    expect(revert.status).toBe(400);
    expect(revert.body.detail).toMatch(LOCK_TABLE_FIRST);
    const del = await h.call("DELETE", `${ORG}/delete`, { as: "admin", query: { id: MISSING } });
    expect(del.status).toBe(400);
    expect(del.body.detail).toMatch(LOCK_TABLE_FIRST);
  });

  it("answers a wrong-subtype update or revert with 200 and success=false", async () => {
    const org = await createAs(h, OWNER, ORG, example("ORGANISATION", 0, refs));
    const update = await h.call("PUT", `${MODEL}/update`, { as: OWNER, query: { id: org, reason: "x" }, body: example("MODEL", 0, refs) });
    expect(update.status).toBe(200);
    expect(update.body).toEqual({ status: { success: false, details: expect.any(String) }, register_create_activity_session_id: null });
    const revert = await h.call("PUT", `${MODEL}/revert`, { as: OWNER, body: { id: org, history_id: 0, reason: "x" } });
    expect(revert.status).toBe(200);
    expect(revert.body.status.success).toBe(false);
    // Delete has no subtype check: the model route deletes the organisation.
    expect((await h.call("DELETE", `${MODEL}/delete`, { as: "admin", query: { id: org } })).body.status.success).toBe(true);
  });
});

describe("custom validation on update is a soft failure too (§2.4)", () => {
  it("refuses a Person update without ethics approval with 'Validation Error: Please ensure mandatory ethics consent is obtained…'", async () => {
    const person = await createAs(h, OWNER, "/registry/agent/person", example("PERSON", 0, refs));
    const res = await h.call("PUT", "/registry/agent/person/update", {
      as: OWNER,
      query: { id: person, reason: "x" },
      body: { ...example("PERSON", 0, refs), ethics_approved: false },
    });
    expect(res.status).toBe(200);
    expect(res.body.status.success).toBe(false);
    expect(res.body.status.details).toMatch(/^Validation Error: Please ensure mandatory ethics consent is obtained/);
    const validate = await h.call("POST", "/registry/agent/person/validate", { as: OWNER, body: { ...example("PERSON", 0, refs), ethics_approved: false } });
    expect(validate.status).toBe(200);
    expect(validate.body.status.details).toMatch(/^Validation Error: Please ensure mandatory ethics consent is obtained/);
  });
});

describe("default general roles (§1.8)", () => {
  it("gives seeds and items metadata-read, and datasets dataset-data-read as well", async () => {
    const seed = (await h.call("POST", `${MODEL}/seed`, { as: OWNER })).body.seeded_item.id as string;
    expect((await h.call("GET", `${MODEL}/auth/configuration`, { as: OWNER, query: { id: seed } })).body).toEqual({ owner: OWNER, general: ["metadata-read"], groups: {} });
    const org = await createAs(h, OWNER, ORG, example("ORGANISATION", 0, refs));
    expect((await h.call("GET", `${ORG}/auth/configuration`, { as: OWNER, query: { id: org } })).body.general).toEqual(["metadata-read"]);
    const dataset = await h.call("POST", "/registry/entity/dataset/proxy/seed", {
      as: DATASTORE_SERVICE,
      headers: { "x-user-context": JSON.stringify({ username: OWNER, email: `${OWNER}@example.com`, roles: ["entity-registry-read", "entity-registry-write"] }) },
    });
    const datasetId = dataset.body.seeded_item.id as string;
    const settings = await h.call("GET", "/registry/entity/dataset/auth/configuration", { as: OWNER, query: { id: datasetId } });
    expect(settings.body.general).toEqual(["metadata-read", "dataset-data-read"]);
  });
});

describe("also_grants is documentation only (§1.8, §10)", () => {
  it("refuses a dataset's metadata to a user holding only dataset-data-write or dataset-data-read", async () => {
    const seeded = await h.call("POST", "/registry/entity/dataset/proxy/seed", {
      as: DATASTORE_SERVICE,
      headers: { "x-user-context": JSON.stringify({ username: OWNER, email: `${OWNER}@example.com`, roles: ["entity-registry-read", "entity-registry-write"] }) },
    });
    const id = seeded.body.seeded_item.id as string;
    h.group("data-writers", [OTHER]);
    const config = (general: string[], groups: Record<string, string[]>) =>
      h.call("PUT", "/registry/entity/dataset/auth/configuration", { as: OWNER, query: { id }, body: { owner: OWNER, general, groups } });
    expect((await config([], { "data-writers": ["dataset-data-write"] })).body.status.success).toBe(true);
    const fetchAsOther = () => h.call("GET", "/registry/entity/dataset/fetch", { as: OTHER, query: { id, seed_allowed: true } });
    const refused = await fetchAsOther();
    expect([refused.status, refused.body.detail]).toEqual([401, "You are not authorised to fetch this item."]);
    expect((await h.call("GET", "/registry/entity/dataset/auth/evaluate", { as: OTHER, query: { id } })).body.roles).toEqual(["dataset-data-write"]);
    await config(["dataset-data-read"], {});
    expect((await fetchAsOther()).status).toBe(401);
    await config(["metadata-read", "dataset-data-read"], {});
    expect((await fetchAsOther()).body.roles).toEqual(["metadata-read", "dataset-data-read"]);
  });
});

describe("locks (§2.2)", () => {
  it("answers 400 for a missing lock row, 401 to a non-admin, and guards lock reads with metadata-read", async () => {
    const missing = await h.call("PUT", `${ORG}/locks/lock`, { as: OWNER, body: { id: MISSING, reason: "x" } });
    expect(missing.status).toBe(400);
    const id = await createAs(h, OWNER, ORG, example("ORGANISATION", 0, refs));
    expect((await h.call("PUT", `${ORG}/locks/unlock`, { as: OTHER, body: { id, reason: "x" } })).status).toBe(401);
    await h.call("PUT", `${ORG}/auth/configuration`, { as: OWNER, query: { id }, body: { owner: OWNER, general: [], groups: {} } });
    expect((await h.call("GET", `${ORG}/locks/history`, { as: OTHER, query: { id } })).status).toBe(401);
    expect((await h.call("GET", `${ORG}/locks/locked`, { as: OTHER, query: { id } })).status).toBe(401);
    const history = await h.call("GET", `${ORG}/locks/history`, { as: OWNER, query: { id } });
    expect(history.body).toEqual({ status: { success: true, details: expect.any(String) }, history: [] });
  });
});

describe("stored records that no longer parse (§1.1, §1.8)", () => {
  it("lists them as unparsable with success=false, and PUT auth/configuration answers 500", async () => {
    const id = await createAs(h, OWNER, ORG, example("ORGANISATION", 0, refs));
    const items = h.storage.table<Record<string, unknown>>("registry.items");
    const stored = items.get(id);
    expect(stored).toBeDefined();
    const { name: _dropped, ...broken } = stored!;
    items.put(id, broken);

    const listed = await h.call("POST", `${ORG}/list`, { as: OWNER, body: { page_size: 1000 } });
    expect(listed.status).toBe(200);
    expect(listed.body.status.success).toBe(false);
    expect(listed.body.unparsable_items.map((i: { id: string }) => i.id)).toContain(id);
    expect(listed.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await h.call("GET", `${ORG}/fetch`, { as: OWNER, query: { id } })).body.status.success).toBe(false);

    const put = await h.call("PUT", `${ORG}/auth/configuration`, { as: OWNER, query: { id }, body: { owner: OWNER, general: ["metadata-read"], groups: {} } });
    expect(put.status).toBe(500);
  });
});

describe("403 only for someone else's releases (§1.2)", () => {
  it("answers 401, not 403, to a proxy call without the service role", async () => {
    const res = await h.call("GET", "/registry/entity/dataset/proxy/fetch", { as: OWNER, query: { id: refs.organisation }, headers: { "x-user-context": JSON.stringify({ username: OWNER, email: null, roles: [] }) } });
    expect(res.status).toBe(401);
    const seed = await h.call("POST", "/registry/entity/dataset/proxy/seed", { as: OWNER, headers: { "x-user-context": JSON.stringify({ username: OWNER, email: null, roles: [] }) } });
    expect(seed.status).toBe(401);
  });
});
