// Tests read nested JSON response fields freely through `Body` (any); the spec check in the
// client has already validated every body, so the unsafe-any rules add nothing here.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return */
// Item-level access control with two users and a group, locks, versions, auth configuration
// and the link requirement.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRegistry, type Body, type RegistryHarness } from "./registry/client.js";
import { createAs, createReferences, example, type References } from "./registry/fixtures.js";

let h: RegistryHarness;
let refs: References;
const OWNER = "user1";
const OTHER = "user2";
const ORG = "/registry/agent/organisation";
const MODEL = "/registry/entity/model";

beforeAll(async () => {
  h = await startRegistry();
  refs = await createReferences(h, OWNER);
});
afterAll(() => h.stop());

const fetchAs = (user: string, id: string, prefix = ORG) => h.call("GET", `${prefix}/fetch`, { as: user, query: { id } });

describe("item-level access", () => {
  it("gives the owner every role and others only general ∪ their groups' roles", async () => {
    const id = await createAs(h, OWNER, ORG, example("ORGANISATION", 0, refs));
    expect((await h.call("GET", `${ORG}/auth/evaluate`, { as: OWNER, query: { id } })).body.roles).toEqual(["metadata-read", "metadata-write", "admin"]);
    expect((await h.call("GET", `${ORG}/auth/evaluate`, { as: OTHER, query: { id } })).body.roles).toEqual(["metadata-read"]);
    // auth/evaluate ignores the route's subtype; a missing id is 400.
    expect((await h.call("GET", `${MODEL}/auth/evaluate`, { as: OTHER, query: { id } })).body.roles).toEqual(["metadata-read"]);
    expect((await h.call("GET", `${ORG}/auth/evaluate`, { as: OTHER, query: { id: "10378.1/0" } })).status).toBe(400);

    // Others can read but not edit, lock or see the settings.
    expect((await fetchAs(OTHER, id)).body.roles).toEqual(["metadata-read"]);
    expect((await h.call("PUT", `${ORG}/update`, { as: OTHER, query: { id, reason: "x" }, body: example("ORGANISATION", 1, refs) })).status).toBe(401);
    expect((await h.call("PUT", `${ORG}/locks/lock`, { as: OTHER, body: { id, reason: "x" } })).status).toBe(401);
    expect((await h.call("GET", `${ORG}/auth/configuration`, { as: OTHER, query: { id } })).status).toBe(401);

    // Take general read away: the other user is refused and the list drops and counts it.
    const settings = (await h.call("GET", `${ORG}/auth/configuration`, { as: OWNER, query: { id } })).body;
    expect(settings).toEqual({ owner: OWNER, general: ["metadata-read"], groups: {} });
    const closed = await h.call("PUT", `${ORG}/auth/configuration`, { as: OWNER, query: { id }, body: { ...settings, general: [] } });
    expect(closed.body.status.success).toBe(true);
    const refused = await fetchAs(OTHER, id);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toBe("You are not authorised to fetch this item.");
    const listed = await h.call("POST", `${ORG}/list`, { as: OTHER, body: { page_size: 100 } });
    expect(listed.body.items.map((i: Body) => i.id)).not.toContain(id);
    expect(listed.body.not_authorised_count).toBe(1);
    const general = await h.call("POST", "/registry/general/list", { as: OTHER, body: { filter_by: { item_subtype: "ORGANISATION" }, page_size: 100 } });
    expect(general.body.items.map((i: Body) => i.id)).not.toContain(id);
    expect((await h.call("GET", "/registry/general/fetch", { as: OTHER, query: { id } })).status).toBe(401);

    // A group with metadata-write lets its members read and edit.
    h.group("editors", [OTHER]);
    await h.call("PUT", `${ORG}/auth/configuration`, { as: OWNER, query: { id }, body: { owner: OWNER, general: [], groups: { editors: ["metadata-read", "metadata-write"] } } });
    expect((await fetchAs(OTHER, id)).body.roles).toEqual(["metadata-read", "metadata-write"]);
    const edit = await h.call("PUT", `${ORG}/update`, { as: OTHER, query: { id, reason: "group edit" }, body: example("ORGANISATION", 1, refs) });
    expect(edit.body.status.success).toBe(true);
    expect((await fetchAs("user3", id)).status).toBe(401);

    // An item admin role gives everything; the registry admin always passes.
    await h.call("PUT", `${ORG}/auth/configuration`, { as: OWNER, query: { id }, body: { owner: OWNER, general: [], groups: { editors: ["admin"] } } });
    expect((await fetchAs(OTHER, id)).body.roles).toEqual(["metadata-read", "metadata-write", "admin"]);
    expect((await fetchAs("admin", id)).body.roles).toEqual(["metadata-read", "metadata-write", "admin"]);
  });

  it("checks auth configuration changes: owner immutable, roles within the subtype, right subtype", async () => {
    const id = await createAs(h, OWNER, ORG, example("ORGANISATION", 0, refs));
    const put = (body: unknown, prefix = ORG) => h.call("PUT", `${prefix}/auth/configuration`, { as: OWNER, query: { id }, body });
    expect((await put({ owner: OTHER, general: [], groups: {} })).status).toBe(400);
    const bad = await put({ owner: OWNER, general: ["dataset-data-read"], groups: {} });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/^Inappropriate roles/);
    expect((await put({ owner: OWNER, general: [], groups: {} }, MODEL)).status).toBe(400);
    expect((await put({ owner: OWNER, general: [] })).status).toBe(422);
  });

  it("requires a Person link for writes on linked subtypes and an email on create", async () => {
    const unlinked = await h.call("POST", `${MODEL}/seed`, { as: OTHER });
    expect(unlinked.status).toBe(400);
    expect(unlinked.body.detail).toBe("In order to perform this operation you must link your User account to a Person in the registry.");
    // Organisations do not need the link.
    expect((await h.call("POST", `${ORG}/seed`, { as: OTHER })).status).toBe(200);
    const noEmail = h.server.mintToken(OWNER, { claims: { email: undefined } });
    const res = await h.call("POST", `${ORG}/create`, { token: noEmail, body: example("ORGANISATION", 0, refs) });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/^User does not have an email address/);
  });
});

describe("locks", () => {
  it("locks and unlocks with history; a locked item refuses update, revert and delete", async () => {
    const id = await createAs(h, OWNER, ORG, example("ORGANISATION", 0, refs));
    const lock = await h.call("PUT", `${ORG}/locks/lock`, { as: OWNER, body: { id, reason: "freeze" } });
    expect(lock.body.status.success).toBe(true);
    expect((await h.call("PUT", `${ORG}/locks/lock`, { as: OWNER, body: { id, reason: "again" } })).status).toBe(400);
    expect((await h.call("GET", `${ORG}/locks/locked`, { as: OTHER, query: { id } })).body).toEqual({ locked: true });
    expect((await fetchAs(OWNER, id)).body.locked).toBe(true);
    const locked = "Cannot perform this action as the resource is locked.";
    const update = await h.call("PUT", `${ORG}/update`, { as: OWNER, query: { id, reason: "x" }, body: example("ORGANISATION", 1, refs) });
    expect([update.status, update.body.detail]).toEqual([401, locked]);
    const revert = await h.call("PUT", `${ORG}/revert`, { as: OWNER, body: { id, history_id: 0, reason: "x" } });
    expect([revert.status, revert.body.detail]).toEqual([401, locked]);
    const del = await h.call("DELETE", `${ORG}/delete`, { as: "admin", query: { id } });
    expect([del.status, del.body.detail]).toEqual([401, locked]);

    expect((await h.call("PUT", `${ORG}/locks/unlock`, { as: OWNER, body: { id, reason: "thaw" } })).body.status.success).toBe(true);
    const again = await h.call("PUT", `${ORG}/locks/unlock`, { as: OWNER, body: { id, reason: "thaw" } });
    expect([again.status, again.body.detail]).toEqual([400, "Cannot unlock already unlocked resource."]);
    const history = await h.call("GET", `${ORG}/locks/history`, { as: OWNER, query: { id } });
    expect(history.body.history.map((e: Body) => [e.action_type, e.reason, e.username, e.email])).toEqual([
      ["LOCK", "freeze", OWNER, `${OWNER}@example.com`],
      ["UNLOCK", "thaw", OWNER, `${OWNER}@example.com`],
    ]);
    expect((await h.call("GET", `${ORG}/locks/locked`, { as: OWNER, query: { id: "10378.1/0" } })).status).toBe(400);
  });
});

describe("versions", () => {
  it("versions the latest complete item as its admin, with a new handle and linked versioning_info", async () => {
    const v1 = await createAs(h, OWNER, MODEL, example("MODEL", 0, refs));
    expect((await h.call("POST", `${MODEL}/version`, { as: OTHER, body: { id: v1, reason: "r" } })).status).toBe(400); // OTHER has no link
    h.link(OTHER, refs.person);
    expect((await h.call("POST", `${MODEL}/version`, { as: OTHER, body: { id: v1, reason: "r" } })).status).toBe(401);
    await h.call("PUT", `${MODEL}/auth/configuration`, { as: OWNER, query: { id: v1 }, body: { owner: OWNER, general: ["metadata-read", "metadata-write"], groups: {} } });

    const res = await h.call("POST", `${MODEL}/version`, { as: OWNER, body: { id: v1, reason: "better" } });
    expect(res.status).toBe(200);
    const v2 = res.body.new_version_id as string;
    expect(v2).not.toBe(v1);
    const oldItem = (await fetchAs(OWNER, v1, MODEL)).body.item;
    const newItem = (await fetchAs(OWNER, v2, MODEL)).body.item;
    expect(oldItem.versioning_info).toEqual({ previous_version: null, version: 1, reason: null, next_version: v2 });
    expect(newItem.versioning_info).toEqual({ previous_version: v1, version: 2, reason: "better", next_version: null });
    expect(newItem.history).toEqual([expect.objectContaining({ id: 0, reason: `New version of existing item (id=${v1}).` })]);
    expect(newItem.workflow_links).toEqual({ create_activity_workflow_id: null, version_activity_workflow_id: res.body.version_job_session_id });
    expect(newItem.display_name).toBe(oldItem.display_name);
    const settings = (await h.call("GET", `${MODEL}/auth/configuration`, { as: OWNER, query: { id: v2 } })).body;
    expect(settings).toEqual({ owner: OWNER, general: ["metadata-read", "metadata-write"], groups: {} });

    const stale = await h.call("POST", `${MODEL}/version`, { as: OWNER, body: { id: v1, reason: "again" } });
    expect(stale.status).toBe(400);
    expect(stale.body.detail).toMatch(/^Cannot create a new version for an item \(id=.*\) which is not the latest version/);
    const seed = (await h.call("POST", `${MODEL}/seed`, { as: OWNER })).body.seeded_item.id as string;
    expect((await h.call("POST", `${MODEL}/version`, { as: OWNER, body: { id: seed, reason: "x" } })).status).toBe(400);
  });
});
