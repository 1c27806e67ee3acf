// The registry admin routes beyond export/import: restore from named tables (trial and for
// real, after the items were deleted), the prov-graph restore, and the config listing; and that
// they are refused to a user without the registry admin role.
import { BadRequestError, SoftFailureError, UnauthorizedError } from "@provena-sdk/http-core";
import { memoryStorage } from "@provena-sdk/local-server";
import type { Storage } from "@provena-sdk/local-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BundledItem, RegistryClient, TableNames } from "../src/index.js";
import { ItemNotFoundError } from "../src/index.js";
import { ORGANISATION, PERSON } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
let storage: Storage;
let admin: RegistryClient;
let user1: RegistryClient;
const created: string[] = [];
const BACKUP: TableNames = { resource_table_name: "backup.items", auth_table_name: "backup.auth", lock_table_name: "backup.locks" };

/** Writes bundles into the three backup tables, as a table backup upstream would hold them. */
function writeBackup(bundles: BundledItem[]): void {
  for (const bundle of bundles) {
    storage.table(BACKUP.resource_table_name).put(bundle.id, bundle.item_payload);
    storage.table(BACKUP.auth_table_name).put(bundle.id, bundle.auth_payload);
    storage.table(BACKUP.lock_table_name).put(bundle.id, bundle.lock_payload);
  }
}

beforeAll(async () => {
  storage = memoryStorage();
  fx = await startFixture({ storage });
  admin = fx.client("admin");
  user1 = fx.client("user1");
  created.push((await user1.organisation.create(ORGANISATION[0]!)).item.id);
  created.push((await user1.person.create(PERSON[0]!)).item.id);
  await user1.organisation.locks.lock(created[0]!, "frozen before the backup");
});
afterAll(() => fx.stop());

describe("admin.restoreFromTable", () => {
  it("restores deleted items (with their access and lock rows) from backup tables; a trial writes nothing", async () => {
    const bundles = (await admin.admin.export()).filter((b) => created.includes(b.id));
    expect(bundles).toHaveLength(2);
    writeBackup(bundles);
    // A locked item cannot be deleted; the backup keeps the lock row as it was.
    await user1.organisation.locks.unlock(created[0]!, "about to be deleted");
    for (const id of created) await admin.admin.delete(id);
    await expect(user1.organisation.fetch(created[0]!)).rejects.toBeInstanceOf(ItemNotFoundError);

    const trial = await admin.admin.restoreFromTable({ import_mode: "ADD_ONLY", table_names: BACKUP });
    expect(trial.trial_mode).toBe(true);
    expect(trial.statistics).toMatchObject({ new_entries: 2, overwritten_entries: 0, deleted_entries: 0 });
    await expect(user1.person.fetch(created[1]!)).rejects.toBeInstanceOf(ItemNotFoundError);

    const restored = await admin.admin.restoreFromTable({ import_mode: "ADD_ONLY", trial_mode: false, table_names: BACKUP });
    expect(restored).toMatchObject({ trial_mode: false, statistics: { new_entries: 2 } });
    const org = await user1.organisation.fetch(created[0]!);
    expect(org.item.display_name).toBe(ORGANISATION[0]!.display_name);
    expect(org.locked).toBe(true);
    // The lock row is the backup's: locked, without the later unlock.
    expect(await user1.organisation.locks.history(created[0]!)).toEqual([expect.objectContaining({ action_type: "LOCK", reason: "frozen before the backup" })]);
    expect((await user1.person.fetch(created[1]!)).roles).toEqual(expect.arrayContaining(["admin"]));
  });

  it("a refused restore is a SoftFailureError carrying the failure list", async () => {
    // Everything in the backup exists again now, and ADD_ONLY never overwrites.
    const error = await admin.admin.restoreFromTable({ import_mode: "ADD_ONLY", trial_mode: false, table_names: BACKUP }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoftFailureError);
    const body = (error as SoftFailureError).body as { failure_list: [string, unknown][] };
    expect(body.failure_list.map(([id]) => id).sort()).toEqual([...created].sort());
  });

  it("a table that does not exist is a BadRequestError naming it", async () => {
    const error = await admin.admin
      .restoreFromTable({ import_mode: "ADD_OR_OVERWRITE", table_names: { ...BACKUP, auth_table_name: "no.such.table" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).serverMessage).toContain("no.such.table");
  });
});

describe("admin.restoreProvGraph", () => {
  it("answers with the trial and abort settings it ran with (defaults: both true)", async () => {
    const items = (await admin.admin.export()).filter((b) => created.includes(b.id));
    const trial = await admin.admin.restoreProvGraph({ items });
    expect(trial).toMatchObject({ trial_mode: true, abort_if_failures: true });
    expect(trial.status.success).toBe(true);
    const real = await admin.admin.restoreProvGraph({ items, trial_mode: false, abort_if_failures: false });
    expect(real).toMatchObject({ trial_mode: false, abort_if_failures: false });
    expect(Array.isArray(real.task_ids)).toBe(true);
  });
});

describe("admin.config", () => {
  it("lists the required settings by default and every setting with requiredOnly: false", async () => {
    const required = await admin.admin.config();
    expect(Object.keys(required).length).toBeGreaterThan(0);
    const all = await admin.admin.config({ requiredOnly: false });
    expect(all).toMatchObject(required);
    expect(Object.keys(all).length).toBeGreaterThan(Object.keys(required).length);
    expect(await admin.admin.config({ requiredOnly: true })).toEqual(required);
  });
});

describe("without the registry admin role", () => {
  it("every admin route is an UnauthorizedError (401, as upstream's role check) naming the operation", async () => {
    const calls: [string, () => Promise<unknown>][] = [
      ["registry.admin.restoreFromTable", () => user1.admin.restoreFromTable({ import_mode: "ADD_ONLY", table_names: BACKUP })],
      ["registry.admin.restoreProvGraph", () => user1.admin.restoreProvGraph({ items: [] })],
      ["registry.admin.config", () => user1.admin.config()],
    ];
    for (const [operationName, run] of calls) {
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect((error as UnauthorizedError).operationName).toBe(operationName);
    }
  });
});
