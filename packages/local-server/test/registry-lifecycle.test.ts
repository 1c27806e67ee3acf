// Tests read nested JSON response fields freely through `Body` (any); the spec check in the
// client has already validated every body, so the unsafe-any rules add nothing here.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */
// Seed → complete → update → revert → list → delete for every writable subtype, generated from
// the subtype table with upstream's example payloads (placeholder ids replaced by real items);
// plain routes for STANDARD subtypes, proxy routes (service token + X-User-Context) for
// SERVICE_PROXY ones. READ_ONLY subtypes are checked through the activities the jobs register.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUBTYPES } from "../src/services/registry/subtypes.js";
import { startRegistry, type Body, type CallOptions, type RegistryHarness } from "./registry/client.js";
import { addServiceUsers, createReferences, DATASTORE_SERVICE, example, PROV_SERVICE, userContext, waitForJob, type References } from "./registry/fixtures.js";

let h: RegistryHarness;
let refs: References;
const USER = "user1";

beforeAll(async () => {
  h = await startRegistry();
  addServiceUsers(h);
  refs = await createReferences(h, USER);
});
afterAll(() => h.stop());

const writable = SUBTYPES.filter((def) => def.routeSet !== "READ_ONLY");

describe.each(writable.map((def) => [def.subtype, def] as const))("%s lifecycle", (subtype, def) => {
  const proxy = def.routeSet === "SERVICE_PROXY";
  const service = def.proxyWriteRole === "prov-api" ? PROV_SERVICE : DATASTORE_SERVICE;
  const write = (options: CallOptions): CallOptions => (proxy ? { ...options, as: service, headers: userContext(USER) } : { ...options, as: USER });
  const w = (action: string): string => `${def.prefix}${proxy ? "/proxy" : ""}/${action}`;

  it("seeds, completes, updates, reverts, lists and deletes", async () => {
    const seeded = await h.call("POST", w("seed"), write({}));
    expect(seeded.status).toBe(200);
    const seed: Body = seeded.body.seeded_item;
    expect(seed).toMatchObject({ owner_username: USER, item_subtype: subtype, item_category: def.category, record_type: "SEED_ITEM", workflow_links: null });
    expect(seed.id).toMatch(/^10378\.1\/\d+$/);
    expect(Number.isInteger(seed.created_timestamp)).toBe(true);
    expect(seed.versioning_info).toEqual(def.versioned ? { previous_version: null, version: 1, reason: null, next_version: null } : null);

    const hidden = await h.call("GET", `${def.prefix}/fetch`, { as: USER, query: { id: seed.id } });
    expect(hidden.body.status.success).toBe(false);
    // Raw general fetch returns the stored item: absent optional keys omitted, not null.
    const raw = await h.call("GET", "/registry/general/fetch", { as: USER, query: { id: seed.id } });
    expect(raw.body.item.id).toBe(seed.id);
    expect(raw.body.item).not.toHaveProperty("workflow_links");
    const shown = await h.call("GET", `${def.prefix}/fetch`, { as: USER, query: { id: seed.id, seed_allowed: true } });
    expect(shown.body).toMatchObject({ status: { success: true }, item_is_seed: true, locked: false, roles: [...def.availableRoles] });

    // Seed → complete: history restarts at entry 0, the reason is ignored.
    const first = example(subtype, 0, refs);
    const completed = await h.call("PUT", w("update"), write({ query: { id: seed.id, reason: "ignored" }, body: first }));
    expect(completed.body.status.success, JSON.stringify(completed.body)).toBe(true);
    expect(completed.body.register_create_activity_session_id === null).toBe(!def.versioned);
    const afterComplete = (await h.call("GET", `${def.prefix}/fetch`, { as: USER, query: { id: seed.id } })).body.item;
    expect(afterComplete.record_type).toBe("COMPLETE_ITEM");
    expect(afterComplete.history).toHaveLength(1);
    expect(afterComplete.history[0]).toMatchObject({ id: 0, reason: "Initial record creation", username: USER });
    expect(afterComplete.display_name).toBe(first.display_name);
    if (def.versioned) expect(afterComplete.workflow_links.create_activity_workflow_id).toBe(completed.body.register_create_activity_session_id);

    // A complete item needs a reason; then history is prepended with the next id.
    const second = example(subtype, 1, refs);
    const noReason = await h.call("PUT", w("update"), write({ query: { id: seed.id }, body: second }));
    expect(noReason.status).toBe(400);
    const updated = await h.call("PUT", w("update"), write({ query: { id: seed.id, reason: "second edit" }, body: second }));
    expect(updated.body.status.success).toBe(true);
    const afterUpdate = (await h.call("GET", `${def.prefix}/fetch`, { as: USER, query: { id: seed.id } })).body.item;
    expect(afterUpdate.history.map((e: Body) => [e.id, e.reason])).toEqual([
      [1, "second edit"],
      [0, "Initial record creation"],
    ]);
    expect(afterUpdate.display_name).toBe(second.display_name);
    for (const key of ["id", "owner_username", "created_timestamp", "workflow_links", "versioning_info"]) expect(afterUpdate[key]).toEqual(afterComplete[key]);

    const reverted = await h.call("PUT", w("revert"), write({ body: { id: seed.id, history_id: 0, reason: "back" } }));
    expect(reverted.body.status.success).toBe(true);
    const afterRevert = (await h.call("GET", `${def.prefix}/fetch`, { as: USER, query: { id: seed.id } })).body.item;
    expect(afterRevert.history).toHaveLength(3);
    expect(afterRevert.history[0]).toMatchObject({ id: 2, reason: "(Restoring to v0) back" });
    expect(afterRevert.display_name).toBe(first.display_name);
    const badHistory = await h.call("PUT", w("revert"), write({ body: { id: seed.id, history_id: 42, reason: "x" } }));
    expect(badHistory.status).toBe(400);

    // Create directly; seeds stay out of lists unless asked for.
    const created = await h.call("POST", w("create"), write({ body: first }));
    expect(created.body.status.success).toBe(true);
    expect(created.body.created_item.history).toHaveLength(1);
    expect(created.body.register_create_activity_session_id === null).toBe(!def.versioned);
    const otherSeed = (await h.call("POST", w("seed"), write({}))).body.seeded_item.id as string;
    const listed = await h.call("POST", `${def.prefix}/list`, { as: USER, body: {} });
    const ids = listed.body.items.map((i: Body) => i.id);
    expect(ids).toContain(seed.id);
    expect(ids).toContain(created.body.created_item.id);
    expect(ids).not.toContain(otherSeed);
    const seeds = await h.call("POST", `${def.prefix}/list`, { as: USER, body: { filter_by: { record_type: "SEED_ONLY" } } });
    expect(seeds.body.seed_items.map((i: Body) => i.id)).toContain(otherSeed);

    // Hidden delete is admin only; a missing id answers 400 (the lock lookup runs first).
    expect((await h.call("DELETE", `${def.prefix}/delete`, { as: USER, query: { id: otherSeed } })).status).toBe(401);
    expect((await h.call("DELETE", `${def.prefix}/delete`, { as: "admin", query: { id: otherSeed } })).body.status.success).toBe(true);
    expect((await h.call("DELETE", `${def.prefix}/delete`, { as: "admin", query: { id: otherSeed } })).status).toBe(400);
    expect((await h.call("GET", `${def.prefix}/fetch`, { as: USER, query: { id: otherSeed, seed_allowed: true } })).body.status.success).toBe(false);

    // Schema is the domain-info model's; roles are the subtype's.
    const schema = await h.call("GET", `${def.prefix}/schema`, { as: USER });
    expect(schema.body.json_schema.title).toMatch(/DomainInfo$/);
    expect(Object.keys(schema.body.json_schema.properties)).toContain("display_name");
    const roles = await h.call("GET", `${def.prefix}/auth/roles`, { as: USER });
    expect(roles.body.roles.map((r: Body) => r.role_name)).toEqual([...def.availableRoles]);
    expect((await h.call("GET", `${def.prefix}/ui_schema`, { as: USER })).body.ui_schema).toEqual({});
  });
});

describe("activities registered by jobs (READ_ONLY subtypes)", () => {
  it("create registers a CREATE activity and versioning a VERSION activity", async () => {
    const created = await h.call("POST", "/registry/entity/model/create", { as: USER, body: example("MODEL", 0, refs) });
    const modelId = created.body.created_item.id as string;
    const job = await waitForJob(h, USER, created.body.register_create_activity_session_id as string);
    expect(job.status).toBe("SUCCEEDED");
    const activityId = job.result.creation_activity_id as string;
    const lodge = await waitForJob(h, USER, job.result.lodge_session_id as string);
    expect(lodge).toMatchObject({ status: "SUCCEEDED", result: {}, job_sub_type: "LODGE_CREATE_ACTIVITY" });
    const activity = await h.call("GET", "/registry/activity/create/fetch", { as: USER, query: { id: activityId } });
    expect(activity.body.item).toMatchObject({ display_name: `Created item ${modelId}`, created_item_id: modelId, owner_username: USER });
    const settings = await h.call("GET", "/registry/activity/create/auth/configuration", { as: USER, query: { id: activityId } });
    expect(settings.body).toEqual({ owner: USER, general: ["metadata-read"], groups: {} });

    const versioned = await h.call("POST", "/registry/entity/model/version", { as: USER, body: { id: modelId, reason: "v2" } });
    expect(versioned.status).toBe(200);
    const versionJob = await waitForJob(h, USER, versioned.body.version_job_session_id as string);
    const versionActivity = await h.call("GET", "/registry/activity/version/fetch", { as: USER, query: { id: versionJob.result.version_activity_id } });
    expect(versionActivity.body.item).toMatchObject({
      display_name: `(V2) Version from ${modelId} to ${versioned.body.new_version_id}`,
      from_item_id: modelId,
      to_item_id: versioned.body.new_version_id,
      new_version_number: 2,
      reason: "v2",
    });
    const list = await h.call("POST", "/registry/activity/version/list", { as: USER, body: {} });
    expect(list.body.items.map((i: Body) => i.id)).toContain(versionJob.result.version_activity_id);
  });
});
