// The hand-written relation vocabulary is upstream's `ProvORelationType`, as behaviour.md lists it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROV_RELATION_TYPES } from "../src/prov/index.js";

describe("PROV_RELATION_TYPES", () => {
  it("is behaviour.md's relation vocabulary, in its order", () => {
    const behaviour = readFileSync(new URL("../../../specs/provena/behaviour.md", import.meta.url), "utf8");
    const line = /relation vocabulary \(`ProvORelationType`\): `([^`]+)`/.exec(behaviour);
    expect(line).not.toBeNull();
    expect([...PROV_RELATION_TYPES]).toEqual(line![1]!.split(", "));
  });
});
