// Group flows through the SDK: admin writes, member and non-member reads, typed soft
// failures, all-or-nothing removal, export/import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BadRequestError } from "@provena-sdk/http-core";
import { GroupImportError, GroupNotFoundError, NotGroupMemberError } from "../src/index.js";
import { startLocalAuth, type LocalAuth } from "./support/local.js";

let local: LocalAuth;
beforeAll(async () => {
  local = await startLocalAuth();
});
afterAll(() => local.server.stop());

const group = { id: "modellers", display_name: "Modellers", description: "People who run models" };

describe("groups", () => {
  it("creates a group, adds members, and shows it to members only", async () => {
    const admin = local.client("admin").admin.groups;
    expect((await admin.addGroup(group)).success).toBe(true);
    await expect(admin.addGroup(group)).rejects.toBeInstanceOf(BadRequestError);
    await admin.addMember("modellers", { username: "user1", email: "user1@example.com" });
    await admin.addMember("modellers", { username: "user2" });
    await expect(admin.addMember("modellers", { username: "user2" })).rejects.toThrow(/already a member/);

    const user1 = local.client("user1").groups;
    expect(await user1.list()).toEqual([{ ...group, default_data_store_access: null }]);
    expect(await user1.describe("modellers")).toMatchObject(group);
    expect((await user1.memberships()).map((g) => g.id)).toEqual(["modellers"]);
    expect(await user1.isMember("modellers")).toBe(true);
    const members = await user1.members("modellers");
    expect(members.users.map((u) => u.username)).toEqual(["user1", "user2"]);

    const user3 = local.client("user3").groups;
    expect(await user3.isMember("modellers")).toBe(false);
    const refused = await user3.members("modellers").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(NotGroupMemberError);
    expect((refused as NotGroupMemberError).groupId).toBe("modellers");
    await expect(user3.describe("nobody-here")).rejects.toBeInstanceOf(GroupNotFoundError);
    await expect(user3.members("nobody-here")).rejects.toBeInstanceOf(GroupNotFoundError);
    await expect(user3.isMember("nobody-here")).rejects.toBeInstanceOf(GroupNotFoundError);

    expect(await admin.isMember("modellers", "user2")).toBe(true);
    expect((await admin.memberships("user2")).map((g) => g.id)).toEqual(["modellers"]);
    expect((await admin.members("modellers")).users).toHaveLength(2);
    await admin.updateGroup({ ...group, display_name: "Model runners" });
    expect((await admin.describe("modellers")).display_name).toBe("Model runners");

    await expect(admin.removeMembers("modellers", ["user1", "user3"])).rejects.toBeInstanceOf(BadRequestError);
    expect((await admin.members("modellers")).users).toHaveLength(2);
    await admin.removeMembers("modellers", ["user1"]);
    await admin.removeMember("modellers", "user2");
    expect((await admin.members("modellers")).users).toEqual([]);
    await admin.removeGroup("modellers");
    await expect(admin.describe("modellers")).rejects.toBeInstanceOf(GroupNotFoundError);
  });

  it("exports and imports, trial mode first", async () => {
    const admin = local.client("admin").admin.groups;
    const rows = [
      { id: "a", display_name: "A", description: "first", users: [{ username: "user1" }] },
      { id: "b", display_name: "B", description: "second", users: [] },
    ];
    const trial = await admin.import("ADD_ONLY", rows);
    expect(trial.trial_mode).toBe(true);
    expect(trial.statistics).toEqual({ old_size: 0, new_size: 2, deleted_entries: 0, overwritten_entries: 0, new_entries: 2 });
    expect(await admin.export()).toEqual([]);

    await admin.import("ADD_ONLY", rows, { trialMode: false });
    expect(await admin.export()).toEqual(rows);
    expect(await local.client("user1").groups.isMember("a")).toBe(true);

    const clash = await admin.import("ADD_ONLY", rows).catch((e: unknown) => e);
    expect(clash).toBeInstanceOf(GroupImportError);
    expect((clash as GroupImportError).failures.map(([reason]) => reason)).toEqual(["Overlapping item on add only mode a", "Overlapping item on add only mode b"]);
    await expect(admin.restoreFromTable("auth.groups", "ADD_OR_OVERWRITE")).rejects.toBeInstanceOf(GroupImportError);
  });

  it("grants a member access to a registry item they could not read before", async () => {
    const personId = await local.createPerson("user2", "Private person");
    const registry = local.server.endpoints.registry;
    const as = (username: string) => ({ authorization: `Bearer ${local.server.mintToken(username)}`, "content-type": "application/json" });
    const put = await fetch(`${registry}/registry/agent/person/auth/configuration?id=${encodeURIComponent(personId)}`, {
      method: "PUT",
      headers: as("user2"),
      body: JSON.stringify({ owner: "user2", general: [], groups: { readers: ["metadata-read"] } }),
    });
    expect(put.status).toBe(200);
    const fetchAsUser3 = () => fetch(`${registry}/registry/agent/person/fetch?id=${encodeURIComponent(personId)}`, { headers: as("user3") });
    expect((await fetchAsUser3()).status).toBe(401);

    const admin = local.client("admin").admin.groups;
    await admin.addGroup({ id: "readers", display_name: "Readers", description: "May read private Persons" });
    await admin.addMember("readers", { username: "user3" });
    const allowed = await fetchAsUser3();
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { item: { id: string } }).item.id).toBe(personId);

    await admin.removeMember("readers", "user3");
    expect((await fetchAsUser3()).status).toBe(401);
  });
});
