// sqliteStorage: the Storage contract (copies, insertion order, listeners) plus what only a
// durable storage has: reopening a folder gives back every committed row, a folder of another
// format or schema version is refused with a clear message, and one folder serves one process.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASE_FILE, LocalServerError, SCHEMA_VERSION, sqliteStorage, type Storage } from "../src/index.js";

let dir: string;
const opened: Storage[] = [];
const open = (): Storage => {
  const storage = sqliteStorage(dir);
  opened.push(storage);
  return storage;
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "provena-local-sqlite-"));
});
afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("sqliteStorage", () => {
  it("stores a frozen copy of the JSON of a value", () => {
    const table = open().table<{ name: string; tags: string[]; gone?: undefined }>("items");
    const input = { name: "a", tags: ["x"], gone: undefined };
    const returned = table.put("1", input);
    input.tags.push("y");
    const stored = table.get("1")!;
    expect(returned).toBe(stored);
    expect(stored).toStrictEqual({ name: "a", tags: ["x"] });
    expect(() => stored.tags.push("z")).toThrow(TypeError);
  });

  it("keeps insertion order across replaces and reopening, and tells subscribers about puts and deletes", async () => {
    const storage = open();
    const table = storage.table<number>("n");
    const seen: [string, number | undefined, number | undefined][] = [];
    table.subscribe((key, value, previous) => seen.push([key, value, previous]));
    table.put("b", 1);
    table.put("a", 2);
    table.put("c", 3);
    table.put("b", 4);
    expect(table.delete("c")).toBe(true);
    expect(table.delete("c")).toBe(false);
    expect(seen).toEqual([["b", 1, undefined], ["a", 2, undefined], ["c", 3, undefined], ["b", 4, 1], ["c", undefined, 3]]);
    expect([...table.entries()]).toEqual([["b", 4], ["a", 2]]);
    await storage.committed?.();
    storage.close();

    const again = open();
    expect([...again.table<number>("n").entries()]).toEqual([["b", 4], ["a", 2]]);
    expect(again.tableNames()).toEqual(["n"]);
  });

  it("keys are plain strings: prototype names are rows like any other", () => {
    const table = open().table<string>("t");
    for (const key of ["__proto__", "constructor", "toString"]) expect(table.get(key)).toBeUndefined();
    table.put("__proto__", "x");
    expect(table.get("__proto__")).toBe("x");
    expect(table.has("constructor")).toBe(false);
  });

  it("commits on its own on the next turn of the event loop (no committed() call needed)", async () => {
    const storage = open();
    storage.table<string>("t").put("k", "v");
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    // Read the file from a second connection, as a restarted process would.
    storage.close();
    const db = new DatabaseSync(join(dir, DATABASE_FILE));
    expect(db.prepare("SELECT value FROM rows WHERE tbl = 't' AND key = 'k'").get()).toEqual({ value: '"v"' });
    db.close();
  });

  it("holds commits until released: writes made under a hold land together", async () => {
    const storage = open();
    const release = storage.hold!();
    storage.table<number>("t").put("a", 1);
    let done = false;
    const committed = storage.committed!().then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    storage.table<number>("t").put("b", 2);
    release();
    await committed;
    expect(done).toBe(true);
  });

  it("clear removes every row of one table", () => {
    const storage = open();
    storage.table<number>("a").put("1", 1);
    storage.table<number>("b").put("1", 1);
    storage.table("a").clear();
    expect(storage.table("a").size).toBe(0);
    expect(storage.table("b").size).toBe(1);
  });

  it("refuses a folder whose database has a newer schema version, naming both versions", () => {
    open().close();
    opened.length = 0;
    const db = new DatabaseSync(join(dir, DATABASE_FILE));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(String(SCHEMA_VERSION + 1));
    db.close();
    expect(() => sqliteStorage(dir)).toThrow(LocalServerError);
    expect(() => sqliteStorage(dir)).toThrow(`written by a newer provena-local (schema ${SCHEMA_VERSION + 1}; this version reads schema ${SCHEMA_VERSION})`);
  });

  it("refuses a database that is not provena-local's, and a file that is not SQLite", () => {
    const db = new DatabaseSync(join(dir, DATABASE_FILE));
    db.exec("CREATE TABLE other (x)");
    db.close();
    expect(() => sqliteStorage(dir)).toThrow("it is not a provena-local database (no meta/rows tables).");

    const junk = mkdtempSync(join(tmpdir(), "provena-local-junk-"));
    writeFileSync(join(junk, DATABASE_FILE), "not a database at all, just text ".repeat(100));
    try {
      expect(() => sqliteStorage(junk)).toThrow(/^Cannot use the data folder's database .*: file is not a database/);
    } finally {
      rmSync(junk, { recursive: true, force: true });
    }
  });

  it("one folder serves one storage at a time", () => {
    open();
    expect(() => sqliteStorage(dir)).toThrow(/in use by another process/);
  });
});
