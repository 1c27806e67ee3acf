// Groups: admin writes, user and admin reads, membership checks, all-or-nothing removal,
// export/import in every mode, and restore from another table of the server's storage.
/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- response bodies are `any` in tests (validated against the spec by callAuth) */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryStorage, startLocalServer, type LocalServer, type Storage } from "../src/index.js";
import { authClient, type Body } from "./auth-helpers.js";

let server: LocalServer;
let storage: Storage;
let api: ReturnType<typeof authClient>;
beforeAll(async () => {
  storage = memoryStorage();
  server = await startLocalServer({ storage });
  api = authClient(server.endpoints.auth, (username) => server.mintToken(username));
});
afterAll(() => server.stop());

const admin = () => api.as("admin");
const meta = (id: string, extra: Record<string, unknown> = {}) => ({ id, display_name: `Group ${id}`, description: `About ${id}`, ...extra });

describe("group lifecycle", () => {
  it("creates, describes, fills, checks, empties and removes a group", async () => {
    expect((await admin().post("/groups/admin/add_group", meta("team a"))).body.status).toEqual({ success: true, details: "Successfully created group with id: team a." });
    const dup = await admin().post("/groups/admin/add_group", meta("team a"));
    expect(dup.status).toBe(400);
    expect(dup.body.detail).toBe("Tried to write a new group (id=team a) but there is an existing group! Update instead or remove first.");

    const described = await api.as("user1").get("/groups/user/describe_group", { id: "team a" });
    expect(described.body).toEqual({ status: { success: true, details: "Group metadata retrieved." }, group: { ...meta("team a"), default_data_store_access: null } });

    expect((await admin().post("/groups/admin/add_member", { username: "user1", email: "user1@example.com" }, { group_id: "team a" })).body.status.success).toBe(true);
    expect((await admin().post("/groups/admin/add_member", { username: "user2" }, { group_id: "team a" })).body.status.success).toBe(true);
    const again = await admin().post("/groups/admin/add_member", { username: "user1" }, { group_id: "team a" });
    expect(again.status).toBe(400);
    expect(again.body.detail).toBe("Tried to add a user to group team a but the user was already a member of the group.");

    // Members see the member list; others get a soft failure.
    const members = await api.as("user1").get("/groups/user/list_members", { id: "team a" });
    expect(members.body.status).toEqual({ success: true, details: "Group with 2 returned." });
    expect(members.body.group.users).toEqual([
      { username: "user1", email: "user1@example.com", first_name: null, last_name: null },
      { username: "user2", email: null, first_name: null, last_name: null },
    ]);
    const outsider = await api.as("user3").get("/groups/user/list_members", { id: "team a" });
    expect(outsider.body.status).toEqual({ success: false, details: "You are not a member of group with id team a." });
    expect((await admin().get("/groups/admin/list_members", { id: "team a" })).body.status.details).toBe("Group with 2 users returned.");

    expect((await api.as("user1").get("/groups/user/check_membership", { group_id: "team a" })).body).toEqual({
      status: { success: true, details: "Group was found and membership determined." },
      is_member: true,
    });
    expect((await admin().get("/groups/admin/check_membership", { group_id: "team a", username: "user3" })).body.is_member).toBe(false);
    expect((await api.as("user2").get("/groups/user/list_user_membership")).body.groups.map((g: Body) => g.id)).toEqual(["team a"]);
    expect((await admin().get("/groups/admin/list_user_membership", { username: "user3" })).body).toEqual({
      status: { success: true, details: "Member is part of 0 groups as listed." },
      groups: [],
    });

    const updated = await admin().put("/groups/admin/update_group", meta("team a", { display_name: "Team A", default_data_store_access: ["metadata-read"] }));
    expect(updated.body.status.success).toBe(true);
    const listed = await api.as("user3").get("/groups/user/list_groups");
    expect(listed.body.groups).toEqual([{ ...meta("team a"), display_name: "Team A", default_data_store_access: ["metadata-read"] }]);
    // An update keeps the members.
    expect((await admin().get("/groups/admin/list_members", { id: "team a" })).body.group.users).toHaveLength(2);

    // remove_members is all or nothing.
    const partial = await admin().post("/groups/admin/remove_members", { group_id: "team a", member_usernames: ["user1", "user3"] });
    expect(partial.status).toBe(400);
    expect(partial.body.detail).toBe("Tried to remove specified user with username user3 from group with id team a but the user was not found in the group. No users removed!");
    expect((await admin().get("/groups/admin/list_members", { id: "team a" })).body.group.users).toHaveLength(2);
    expect((await admin().post("/groups/admin/remove_members", { group_id: "team a", member_usernames: ["user1"] })).body.status.details).toBe(
      "1 users were removed from group team a successfully.",
    );
    expect((await admin().delete("/groups/admin/remove_member", { username: "user2", group_id: "team a" })).body.status.success).toBe(true);
    expect((await admin().delete("/groups/admin/remove_member", { username: "user2", group_id: "team a" })).status).toBe(400);

    expect((await admin().delete("/groups/admin/remove_group", { id: "team a" })).body.status.details).toBe("Successfully removed group with id: team a.");
    expect((await admin().delete("/groups/admin/remove_group", { id: "team a" })).body.detail).toBe("Tried to delete group with ID: team a but it does not exist!");
  });

  it("reports unknown groups as soft failures on reads and 400 on writes", async () => {
    expect((await api.as("user1").get("/groups/user/describe_group", { id: "ghost" })).body).toEqual({ status: { success: false, details: "No group with id ghost was found." }, group: null });
    expect((await api.as("user1").get("/groups/user/check_membership", { group_id: "ghost" })).body.status.success).toBe(false);
    expect((await api.as("user1").get("/groups/user/list_members", { id: "ghost" })).body.status.success).toBe(false);
    const update = await admin().put("/groups/admin/update_group", meta("ghost"));
    expect(update.status).toBe(400);
    expect(update.body.detail).toBe("Tried to update group with ID: ghost but it does not exist!");
    // Adding a member to an unknown group is a 400 too (behaviour.md §5.2), not a soft failure.
    const addToGhost = await admin().post("/groups/admin/add_member", { username: "user1" }, { group_id: "ghost" });
    expect(addToGhost.status).toBe(400);
    expect(addToGhost.body.detail).toBe("Tried to add a user to group ghost but no such group was found.");
    const bad = await admin().post("/groups/admin/add_group", { id: "x", display_name: "X" });
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toEqual([{ loc: ["body", "description"], msg: "field required", type: "value_error.missing" }]);
  });
});

describe("export, import, restore", () => {
  const row = (id: string, users: string[] = []) => ({ ...meta(id), users: users.map((username) => ({ username })) });

  it("imports in each mode with the right statistics, writing only outside trial mode", async () => {
    const seed = await admin().post("/groups/admin/import", { import_mode: "ADD_ONLY", trial_mode: false, items: [row("one", ["user1"]), row("two")] });
    expect(seed.body).toEqual({
      status: { success: true, details: "Successfully imported with mode: ADD_ONLY." },
      trial_mode: false,
      statistics: { old_size: 0, new_size: 2, deleted_entries: 0, overwritten_entries: 0, new_entries: 2 },
      failure_list: null,
    });
    expect((await api.as("user1").get("/groups/user/list_user_membership")).body.groups.map((g: Body) => g.id)).toEqual(["one"]);

    const clash = await admin().post("/groups/admin/import", { import_mode: "ADD_ONLY", items: [row("one")] });
    expect(clash.body.status.success).toBe(false);
    expect(clash.body.failure_list).toEqual([["Overlapping item on add only mode one", row("one")]]);

    const trial = await admin().post("/groups/admin/import", { import_mode: "SYNC_DELETION_ALLOWED", allow_entry_deletion: true, items: [row("two"), row("three")] });
    expect(trial.body.status.details).toBe("TRIAL: Successfully imported with mode: SYNC_DELETION_ALLOWED.");
    expect(trial.body.statistics).toEqual({ old_size: 2, new_size: 2, deleted_entries: 1, overwritten_entries: 1, new_entries: 1 });
    expect((await admin().get("/groups/admin/export")).body.items.map((g: Body) => g.id).sort()).toEqual(["one", "two"]);

    const noDelete = await admin().post("/groups/admin/import", { import_mode: "SYNC_DELETION_ALLOWED", items: [row("two")] });
    expect(noDelete.body.failure_list[0][0]).toBe("Item one will be deleted but deletion not explicitly enabled");
    expect((await admin().post("/groups/admin/import", { import_mode: "OVERWRITE_ONLY", items: [row("nine")] })).body.failure_list[0][0]).toBe("Item nine does not already exist");
    expect((await admin().post("/groups/admin/import", { import_mode: "SYNC_ADD_OR_OVERWRITE", items: [row("one")] })).body.failure_list[0][0]).toBe(
      "Item two currently exists but not provided in update",
    );

    const unparsable = await admin().post("/groups/admin/import", { import_mode: "ADD_OR_OVERWRITE", items: [{ id: "broken" }] });
    expect(unparsable.body.status).toEqual({ success: false, details: "There were 1 items with parsing issues! See failure list." });
    expect(unparsable.body.failure_list[0][0]).toMatch(/^Could not parse item as valid group, exception: 3 validation errors for UserGroup\ndisplay_name\n {2}field required/);

    const real = await admin().post("/groups/admin/import", { import_mode: "SYNC_DELETION_ALLOWED", allow_entry_deletion: true, trial_mode: false, items: [row("two"), row("three", ["user3"])] });
    expect(real.body.status.success).toBe(true);
    const exported = await admin().get("/groups/admin/export");
    expect(exported.body.status.details).toBe("Successfully exported 2 items.");
    expect(exported.body.items).toEqual(expect.arrayContaining([row("two"), row("three", ["user3"])]));
  });

  it("restores from another table and refuses the live one", async () => {
    storage.table("backup-groups").put("restored", { ...meta("restored"), users: [{ username: "user2" }] });
    const restore = await admin().post("/groups/admin/restore_from_table", { import_mode: "ADD_OR_OVERWRITE", trial_mode: false }, { table_name: "backup-groups" });
    expect(restore.body.status.success).toBe(true);
    expect(restore.body.statistics.new_entries).toBe(1);
    expect((await admin().get("/groups/admin/check_membership", { group_id: "restored", username: "user2" })).body.is_member).toBe(true);

    const live = await admin().post("/groups/admin/restore_from_table", { import_mode: "ADD_ONLY" }, { table_name: "auth.groups" });
    expect(live.body).toEqual({
      status: { success: false, details: "You supplied auth.groups as the table_name which is equal to the current active groups table name. This behaviour is not supported." },
      trial_mode: true,
      statistics: null,
      failure_list: null,
    });
  });
});
