import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compiledCheck, defineModels } from "../src/index.js";

describe("compiledCheck", () => {
  it("answers like zod for the node kinds the models use", () => {
    const schema = z.looseObject({
      id: z.string().min(1).max(5),
      count: z.number().int(),
      ratio: z.number(),
      flag: z.boolean().nullable().optional(),
      kind: z.enum(["A", "B"]),
      fixed: z.literal("x"),
      tags: z.array(z.string()),
      meta: z.record(z.string(), z.string()).nullable().optional(),
      either: z.union([z.string(), z.number()]),
      pair: z.tuple([z.string(), z.number()]),
      any: z.unknown(),
    });
    const check = compiledCheck(schema)!;
    const valid = { id: "a1", count: 3, ratio: 0.5, kind: "A", fixed: "x", tags: ["t"], either: 2, pair: ["p", 1], any: { x: 1 }, extra: "kept" };
    const cases: unknown[] = [
      valid,
      { ...valid, id: "" },
      { ...valid, id: "toolong" },
      { ...valid, count: 1.5 },
      { ...valid, count: 2 ** 60 },
      { ...valid, kind: "C" },
      { ...valid, fixed: "y" },
      { ...valid, tags: [1] },
      { ...valid, meta: { k: 1 } },
      { ...valid, meta: null },
      { ...valid, flag: null },
      { ...valid, either: true },
      { ...valid, pair: ["p"] },
      { ...valid, pair: ["p", 1, 2] },
      [],
      null,
      "text",
    ];
    for (const value of cases) expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
  });

  it("checks strict objects' unknown keys and follows recursive models", () => {
    interface Node {
      name: string;
      children: Node[];
    }
    const Tree: z.ZodType<Node> = z.strictObject({ name: z.string(), children: z.array(z.lazy(() => Tree)) });
    const check = compiledCheck(Tree)!;
    expect(check({ name: "a", children: [{ name: "b", children: [] }] })).toBe(true);
    expect(check({ name: "a", children: [{ name: "b", children: [], extra: 1 }] })).toBe(false);
  });

  it("refuses schemas whose parse output is not their input, or checks it does not know", () => {
    expect(compiledCheck(z.object({ a: z.string() }))).toBeUndefined(); // strips unknown keys
    expect(compiledCheck(z.looseObject({ a: z.string().transform((s) => s.length) }))).toBeUndefined();
    expect(compiledCheck(z.looseObject({ a: z.string().default("x") }))).toBeUndefined();
    expect(compiledCheck(z.looseObject({ a: z.string().trim() }))).toBeUndefined();
    expect(compiledCheck(z.looseObject({ a: z.string().refine((s) => s !== "no") }))).toBeUndefined();
  });

  it("compiles every lenient model a ModelKit builds", () => {
    const Models = defineModels((k) => ({
      Item: k.object({ id: z.string(), kind: k.enum(["A"]), note: k.optional(z.string()), inner: k.optional(k.object({ n: z.number().int() })) }),
    }));
    const lenient = compiledCheck(Models.lenient.Item);
    const strict = compiledCheck(Models.strict.Item);
    expect(lenient).toBeTypeOf("function");
    expect(strict).toBeTypeOf("function");
    const valid = { id: "x", kind: "A", note: null, inner: { n: 1 } };
    // Lenient keeps unknown keys and unknown enum values; strict refuses both; both refuse a bad type.
    expect([lenient!(valid), lenient!({ ...valid, kind: "B", extra: 1 }), lenient!({ ...valid, inner: { n: 1.5 } })]).toEqual([true, true, false]);
    expect([strict!(valid), strict!({ ...valid, kind: "B" }), strict!({ ...valid, extra: 1 }), strict!({ ...valid, id: 1 })]).toEqual([true, false, false, false]);
  });
});
