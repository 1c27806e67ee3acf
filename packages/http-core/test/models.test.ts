import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { closedObject, defineModel, defineModels, literalInStrict, modelKit } from "../src/models.js";
import type { ModelKit } from "../src/models.js";

const M = defineModels((k) => ({
  User: k.object({ role: k.enum(["read", "write"]), email: k.optional(k.object({ address: k.enum(["x"]) })) }),
}));

describe("defineModels", () => {
  it("lenient keeps unknown keys and unknown enum values and accepts null for optional", () => {
    expect(M.lenient.User.parse({ role: "owner", email: null, extra: 1 })).toEqual({ role: "owner", email: null, extra: 1 });
  });
  it("strict rejects unknown keys and unknown enum values", () => {
    expect(M.strict.User.safeParse({ role: "owner" }).success).toBe(false);
    expect(M.strict.User.safeParse({ role: "read", extra: 1 }).success).toBe(false);
    expect(M.strict.User.parse({ role: "read" })).toEqual({ role: "read" });
  });
  it("builds each mode once", () => {
    expect(M.get("strict")).toBe(M.strict);
    expect(M.lenient).not.toBe(M.strict);
  });
});

describe("defineModel", () => {
  let builds = 0;
  const Item = defineModel((k, o) => {
    builds++;
    return closedObject(k, o, { kind: literalInStrict(k, "ITEM", k.enum(["ITEM", "OTHER"])) });
  });

  it("builds once per mode and per forbidExtra, on first use", () => {
    expect(builds).toBe(0);
    const lenient = Item("lenient");
    expect(Item("lenient")).toBe(lenient);
    expect(Item(modelKit("lenient"))).toBe(lenient);
    expect(Item("strict")).not.toBe(lenient);
    expect(Item("lenient", { forbidExtra: true })).not.toBe(lenient);
    expect(builds).toBe(3);
  });

  it("keeps the modes' rules: closed objects and literals only where asked", () => {
    expect(Item("lenient").parse({ kind: "NEW", extra: 1 })).toEqual({ kind: "NEW", extra: 1 });
    expect(Item("lenient", { forbidExtra: true }).safeParse({ kind: "ITEM", extra: 1 }).success).toBe(false);
    expect(Item("strict").safeParse({ kind: "OTHER" }).success).toBe(false);
    expect(Item("strict").safeParse({ kind: "ITEM", extra: 1 }).success).toBe(false);
    expect(Item("strict").parse({ kind: "ITEM" })).toEqual({ kind: "ITEM" });
  });

  it("builds for a caller's own kit, cached per kit", () => {
    const kit: ModelKit = { ...modelKit("lenient"), object: (shape) => z.looseObject(shape) };
    const built = Item(kit);
    expect(Item(kit)).toBe(built);
    expect(built).not.toBe(Item("lenient"));
  });
});
