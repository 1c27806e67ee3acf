// Locks: lock/unlock/history/status, and what a lock refuses.
import { BadRequestError, UnauthorizedError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ItemNotFoundError } from "../src/index.js";
import type { RegistryClient } from "../src/index.js";
import { STUDY } from "./support/examples.js";
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

it("a locked item refuses update, revert and delete until unlocked; history is oldest first", async () => {
  const { item } = await user1.study.create(STUDY[0]!);
  expect(await user1.study.locks.isLocked(item.id)).toBe(false);
  await user1.study.locks.lock(item.id, "freeze for review");
  expect(await user1.study.locks.isLocked(item.id)).toBe(true);
  expect((await user1.study.fetch(item.id)).locked).toBe(true);
  await expect(user1.study.locks.lock(item.id, "again")).rejects.toBeInstanceOf(BadRequestError);

  await expect(user1.study.update(item.id, STUDY[1]!, { reason: "edit" })).rejects.toBeInstanceOf(UnauthorizedError);
  await expect(user1.study.revert(item.id, 0, "undo")).rejects.toBeInstanceOf(UnauthorizedError);
  await expect(fx.client("admin").study.admin.delete(item.id)).rejects.toBeInstanceOf(UnauthorizedError);
  // user2 may read but not lock (admin on the item is needed).
  await expect(fx.client("user2").study.locks.unlock(item.id, "let me")).rejects.toBeInstanceOf(UnauthorizedError);
  expect(await fx.client("user2").study.locks.isLocked(item.id)).toBe(true);

  await user1.study.locks.unlock(item.id, "review done");
  await expect(user1.study.locks.unlock(item.id, "twice")).rejects.toBeInstanceOf(BadRequestError);
  await user1.study.update(item.id, STUDY[1]!, { reason: "edit" });

  const history = await user1.study.locks.history(item.id);
  expect(history.map((e) => [e.action_type, e.username, e.reason])).toEqual([
    ["LOCK", "user1", "freeze for review"],
    ["UNLOCK", "user1", "review done"],
  ]);
  expect(history.every((e) => Number.isInteger(e.timestamp))).toBe(true);
});

it("admin delete removes the item; deleting it again is a 400", async () => {
  const admin = fx.client("admin");
  const { item } = await user1.study.create(STUDY[0]!);
  await admin.study.admin.delete(item.id);
  await expect(user1.study.fetch(item.id)).rejects.toBeInstanceOf(ItemNotFoundError);
  await expect(admin.study.admin.delete(item.id)).rejects.toBeInstanceOf(BadRequestError);
  const other = await user1.study.create(STUDY[1]!);
  await expect(user1.study.admin.delete(other.item.id)).rejects.toBeInstanceOf(UnauthorizedError);
  await admin.admin.delete(other.item.id);
  await expect(admin.general.fetch(other.item.id)).rejects.toBeInstanceOf(ItemNotFoundError);
});
