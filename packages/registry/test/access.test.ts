// Item-level access with two users and a group: default general read, an owner-only write,
// a group grant, list filtering and the auth/configuration rules.
import { BadRequestError, UnauthorizedError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegistryClient } from "../src/index.js";
import { ORGANISATION } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
let user1: RegistryClient;
let user2: RegistryClient;
let admin: RegistryClient;
const GROUP = "modellers team";

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  user2 = fx.client("user2");
  admin = fx.client("admin");
  // A group with user2 in it, through the Auth API's admin routes.
  await admin.transport.request({
    service: "auth",
    method: "POST",
    path: "/groups/admin/add_group",
    json: { id: GROUP, display_name: "Modellers", description: "user2's team" },
    operationName: "test.groups.add",
  });
  await admin.transport.request({
    service: "auth",
    method: "POST",
    path: "/groups/admin/add_member",
    query: { group_id: GROUP },
    json: { username: "user2", email: "user2@example.com" },
    operationName: "test.groups.addMember",
  });
});
afterAll(() => fx.stop());

describe("item-level access", () => {
  it("owner gets every role; another user only the general ones; the group grant adds write", async () => {
    const { item } = await user1.organisation.create(ORGANISATION[0]!);
    expect(await user1.organisation.auth.evaluate(item.id)).toEqual(expect.arrayContaining(["metadata-read", "metadata-write", "admin"]));
    expect(await user2.organisation.auth.evaluate(item.id)).toEqual(["metadata-read"]);
    expect((await user2.organisation.fetch(item.id)).roles).toEqual(["metadata-read"]);

    await expect(user2.organisation.update(item.id, ORGANISATION[1]!, { reason: "not mine" })).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(user2.organisation.auth.configuration(item.id)).rejects.toBeInstanceOf(UnauthorizedError);

    const settings = await user1.organisation.auth.configuration(item.id);
    expect(settings).toEqual({ owner: "user1", general: ["metadata-read"], groups: {} });
    await user1.organisation.auth.setConfiguration(item.id, { ...settings, groups: { [GROUP]: ["metadata-read", "metadata-write"] } });
    expect((await user2.organisation.auth.evaluate(item.id)).sort()).toEqual(["metadata-read", "metadata-write"]);
    await user2.organisation.update(item.id, ORGANISATION[1]!, { reason: "group member edit" });
    expect((await user1.organisation.fetch(item.id)).item.history[0]).toMatchObject({ reason: "group member edit", username: "user2" });
    // user3 is in no group: still read-only.
    await expect(fx.client("user3").organisation.update(item.id, ORGANISATION[0]!, { reason: "x" })).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("lists drop unreadable items and count them; fetch of an unreadable item is a 401", async () => {
    const { item } = await user1.organisation.create({ ...ORGANISATION[0]!, display_name: "private org" });
    await user1.organisation.auth.setConfiguration(item.id, { owner: "user1", general: [], groups: {} });
    await expect(user2.organisation.fetch(item.id)).rejects.toBeInstanceOf(UnauthorizedError);
    const seen: string[] = [];
    let hidden = 0;
    for await (const page of user2.organisation.listAll({ pageSize: 50 }).pages()) {
      seen.push(...page.items.map((i) => i.id));
      hidden += page.notAuthorisedCount;
    }
    expect(seen).not.toContain(item.id);
    expect(hidden).toBeGreaterThanOrEqual(1);
    const ownView: string[] = [];
    for await (const org of user1.organisation.listAll({ pageSize: 50 })) ownView.push(org.id);
    expect(ownView).toContain(item.id);
    // The registry admin bypasses item-level checks.
    expect((await admin.organisation.fetch(item.id)).item.id).toBe(item.id);
  });

  it("auth/configuration refuses an owner change and roles the subtype does not offer", async () => {
    const { item } = await user1.organisation.create(ORGANISATION[0]!);
    await expect(user1.organisation.auth.setConfiguration(item.id, { owner: "user2", general: ["metadata-read"], groups: {} })).rejects.toBeInstanceOf(BadRequestError);
    await expect(
      user1.organisation.auth.setConfiguration(item.id, { owner: "user1", general: ["dataset-data-read"], groups: {} }),
    ).rejects.toBeInstanceOf(BadRequestError);
    const roles = await user1.organisation.auth.roles();
    expect(roles.map((r) => r.role_name).sort()).toEqual(["admin", "metadata-read", "metadata-write"]);
    expect((await user1.dataset.auth.roles()).map((r) => r.role_name)).toEqual(expect.arrayContaining(["dataset-data-read", "dataset-data-write"]));
  });
});
