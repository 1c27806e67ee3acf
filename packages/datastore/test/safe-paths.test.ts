// Dataset paths become local paths only inside the destination folder.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { UnsafePathError } from "../src/node/index.js";
import { folderPrefix, localPathInside } from "../src/node/safe-path.js";

const root = resolve("/tmp/dest");

describe("localPathInside", () => {
  it("maps nested dataset paths below the root", () => {
    expect(localPathInside(root, "a.csv")).toBe(join(root, "a.csv"));
    expect(localPathInside(root, "raw/2024/a.csv")).toBe(join(root, "raw", "2024", "a.csv"));
    expect(localPathInside(root, "raw//./a.csv")).toBe(join(root, "raw", "a.csv"));
  });

  it.each([
    ["../escape.txt", "'..' segment"],
    ["raw/../../escape.txt", "'..' segment"],
    ["raw/..", "'..' segment"],
    ["/etc/passwd", "absolute"],
    ["C:/Windows/x", "absolute"],
    ["raw\\..\\x", "backslash"],
    ["a\0b", "NUL"],
    ["", "empty"],
    ["./", "names no file"],
  ])("refuses %j (%s)", (path, reason) => {
    const error = (() => {
      try {
        localPathInside(root, path);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnsafePathError);
    expect((error as UnsafePathError).path).toBe(path);
    expect((error as Error).message).toContain(reason);
  });

  it("turns folder arguments into key prefixes", () => {
    expect(folderPrefix("")).toBe("");
    expect(folderPrefix("/")).toBe("");
    expect(folderPrefix("raw/2024")).toBe("raw/2024/");
    expect(folderPrefix("raw/2024/")).toBe("raw/2024/");
    expect(() => folderPrefix("../x")).toThrow(UnsafePathError);
  });
});
