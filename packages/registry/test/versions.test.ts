// Versioning: admin on the item, latest version only, a new handle, and the activity jobs
// (registry job, then its lodge job) waited for with { wait: true }.
import { BadRequestError, UnauthorizedError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ActivityProgress, RegistryClient } from "../src/index.js";
import { MODEL } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
let user1: RegistryClient;

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  await fx.link("user1");
});
afterAll(() => fx.stop());

it("create with wait resolves after the Create activity is registered and lodged", async () => {
  const progress: ActivityProgress[] = [];
  const created = await user1.model.create(MODEL[0]!, { wait: { timeoutMs: 20_000, onProgress: (p) => progress.push(p) } });
  expect(created.sessionId).toEqual(expect.any(String));
  expect(created.item.workflow_links?.create_activity_workflow_id).toBe(created.sessionId);
  const activity = created.activity!;
  expect(activity.sessionId).toBe(created.sessionId);
  const create = await user1.createActivity.fetch(activity.activityId);
  expect(create.item).toMatchObject({ created_item_id: created.item.id, display_name: `Created item ${created.item.id}`, owner_username: "user1" });
  expect(progress.some((p) => p.stage === "registry")).toBe(true);
  expect(progress.some((p) => p.stage === "lodge" && p.sessionId === activity.lodgeSessionId)).toBe(true);
});

it("without wait, create returns the session id and no activity", async () => {
  const created = await user1.model.create(MODEL[1]!);
  expect(created.sessionId).toEqual(expect.any(String));
  expect(created.activity).toBeNull();
});

it("version makes a new handle, links both versions and registers a Version activity", async () => {
  const { item } = await user1.model.create(MODEL[0]!);
  const v2 = await user1.model.version(item.id, "new calibration", { wait: { timeoutMs: 20_000 } });
  expect(v2.newVersionId).not.toBe(item.id);
  const next = (await user1.model.fetch(v2.newVersionId)).item;
  expect(next.versioning_info).toEqual({ previous_version: item.id, version: 2, reason: "new calibration", next_version: null });
  expect(next.history.map((h) => h.reason)).toEqual([`New version of existing item (id=${item.id}).`]);
  expect(next.workflow_links?.version_activity_workflow_id).toBe(v2.sessionId);
  const previous = (await user1.model.fetch(item.id)).item;
  expect(previous.versioning_info?.next_version).toBe(v2.newVersionId);

  const activity = await user1.versionActivity.fetch(v2.activity!.activityId);
  expect(activity.item).toMatchObject({ from_item_id: item.id, to_item_id: v2.newVersionId, new_version_number: 2, reason: "new calibration" });

  // Only the latest version can be versioned, and only by an item admin.
  await expect(user1.model.version(item.id, "again")).rejects.toBeInstanceOf(BadRequestError);
  await fx.link("user2");
  await expect(fx.client("user2").model.version(v2.newVersionId, "not mine")).rejects.toBeInstanceOf(UnauthorizedError);
});

it("seed → complete update on a versioned subtype spawns a create job that can be waited for", async () => {
  const seed = await user1.model.seed();
  const done = await user1.model.update(seed.id, MODEL[0]!, { wait: { timeoutMs: 20_000 } });
  expect(done.sessionId).toEqual(expect.any(String));
  expect((await user1.createActivity.fetch(done.activity!.activityId)).item.created_item_id).toBe(seed.id);
});
