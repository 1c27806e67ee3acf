import { describe, expect, it } from "vitest";
import { memoryStorage } from "../src/store/memory-storage.js";

describe("memoryStorage", () => {
  it("stores a copy, frozen, so later edits of the input do not change what is stored", () => {
    const table = memoryStorage().table<{ name: string; tags: string[] }>("items");
    const input = { name: "a", tags: ["x"] };
    const returned = table.put("1", input);
    input.tags.push("y");
    const stored = table.get("1")!;
    expect(returned).toBe(stored);
    expect(stored).toEqual({ name: "a", tags: ["x"] });
    expect(() => stored.tags.push("z")).toThrow(TypeError);
  });

  it("tells subscribers about puts and deletes with the previous value", () => {
    const table = memoryStorage().table<number>("n");
    const seen: [string, number | undefined, number | undefined][] = [];
    const unsubscribe = table.subscribe((key, value, previous) => seen.push([key, value, previous]));
    table.put("a", 1);
    table.put("a", 2);
    expect(table.delete("a")).toBe(true);
    expect(table.delete("a")).toBe(false);
    unsubscribe();
    table.put("b", 3);
    expect(seen).toEqual([["a", 1, undefined], ["a", 2, 1], ["a", undefined, 2]]);
  });

  it("keeps tables apart and lists them", () => {
    const storage = memoryStorage();
    storage.table("one").put("k", 1);
    expect(storage.table("two").get("k")).toBeUndefined();
    expect(storage.tableNames().sort()).toEqual(["one", "two"]);
  });
});
