import { describe, expect, it } from "vitest";
import { defineModels } from "../src/models.js";

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
