// What a model defined with the kit's helpers accepts in each mode, each model built fresh in
// its own test (models are cached after their first build).
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { closedObject, defineModel, literalInStrict } from "../src/models.js";

describe("a model with a closed object and a literal", () => {
  it("lenient: open object, any value of the enum the literal stands for", () => {
    const Item = defineModel((k, o) => closedObject(k, o, { kind: literalInStrict(k, "ITEM", k.enum(["ITEM", "OTHER"])) }));
    expect(z.safeParse(Item("lenient"), { kind: "OTHER", extra: 1 }).success).toBe(true);
    expect(z.safeParse(Item("lenient"), { kind: 3 }).success).toBe(false);
  });

  it("lenient with forbidExtra: unknown keys refused, values still lenient", () => {
    const Item = defineModel((k, o) => closedObject(k, o, { kind: literalInStrict(k, "ITEM", k.enum(["ITEM", "OTHER"])) }));
    expect(z.safeParse(Item("lenient", { forbidExtra: true }), { kind: "NEW" }).success).toBe(true);
    expect(z.safeParse(Item("lenient", { forbidExtra: true }), { kind: "ITEM", extra: 1 }).success).toBe(false);
  });

  it("strict: only the literal, no unknown keys", () => {
    const Item = defineModel((k, o) => closedObject(k, o, { kind: literalInStrict(k, "ITEM", k.enum(["ITEM", "OTHER"])) }));
    expect(z.safeParse(Item("strict"), { kind: "ITEM" }).success).toBe(true);
    expect(z.safeParse(Item("strict"), { kind: "OTHER" }).success).toBe(false);
    expect(z.safeParse(Item("strict"), { kind: "ITEM", extra: 1 }).success).toBe(false);
  });
});
