// Lenient validation hands a valid body back without zod copying it, through a compiled check.
// Whatever the body, that check must say what zod says: at every bound, for every node kind
// the models use. A table: each schema with values on both sides of each of its rules.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { compiledCheck } from "../src/index.js";

const cases: [string, z.core.$ZodType, unknown[]][] = [
  ["string length bounds", z.string().check(z.minLength(2), z.maxLength(4)), ["", "a", "ab", "abcd", "abcde", 12, null]],
  ["regex", z.string().check(z.regex(/^[a-z]+$/)), ["abc", "ABC", "", "ab1"]],
  ["global regex, checked twice in a row", z.string().check(z.regex(/a/g)), ["xa", "xa", "b", "ab"]],
  ["number", z.number(), [0, -1.5, Number.NaN, Infinity, -Infinity, "1", null]],
  ["exclusive bounds", z.number().check(z.gt(0), z.lt(10)), [0, 0.001, 9.999, 10, -1, 11, "5", Infinity, Number.NaN]],
  ["inclusive bounds", z.number().check(z.gte(0), z.lte(10)), [0, -0.001, 10, 10.001, 5]],
  ["integer", z.number().check(z.int()), [1, 1.5, 2 ** 53, -(2 ** 53), 2 ** 53 - 1]],
  ["boolean", z.boolean(), [true, false, 0, "true"]],
  ["null", z.null(), [null, undefined, 0]],
  ["optional", z.optional(z.string()), [undefined, "x", null, 1]],
  ["nullable", z.nullable(z.string()), [null, "x", undefined, 1]],
  ["enum", z.enum(["A", "B"]), ["A", "B", "C", "a", 1]],
  ["literals", z.literal(["x", 2]), ["x", 2, "2", "y"]],
  ["union", z.union([z.string(), z.number()]), ["s", 1, true, null, {}]],
  ["array", z.array(z.number()), [[], [1, 2], [1, "2"], {}, "12", null]],
  ["tuple", z.tuple([z.string(), z.number()]), [["a", 1], ["a"], ["a", 1, 2], [1, "a"], {}, "a1"]],
  ["tuple with rest", z.tuple([z.string()], z.number()), [["a"], ["a", 1, 2], ["a", 1, "b"], [1]]],
  ["record", z.record(z.string().check(z.minLength(2)), z.number()), [{}, { ab: 1 }, { a: 1 }, { ab: "1" }, [], null, "x", 5, true]],
  ["any field", z.looseObject({ a: z.any() }), [{ a: 1 }, {}, { a: null }, { a: undefined }, 5]],
  ["unknown fields, required and not", z.strictObject({ a: z.unknown(), b: z.nullable(z.unknown()), c: z.optional(z.unknown()) }), [
    { a: 1, b: 2 },
    { b: null },
    { a: 1 },
    { a: undefined, b: undefined },
    { a: 1, b: 2, c: undefined },
    { a: 1, b: 2, d: 3 },
  ]],
  ["optional fields only", z.looseObject({ b: z.optional(z.number()) }), [{}, { b: 1 }, 5, "x", [], null]],
  ["loose object", z.looseObject({ a: z.string(), b: z.optional(z.number()) }), [{ a: "x" }, { a: "x", b: 1, c: true }, { a: "x", b: "1" }, { b: 1 }, [], null]],
  ["strict object", z.strictObject({ a: z.string() }), [{ a: "x" }, { a: "x", c: 1 }, {}, { a: 1 }]],
  ["catchall of numbers", z.catchall(z.object({ a: z.string() }), z.number()), [{ a: "x" }, { a: "x", n: 1 }, { a: "x", n: "1" }, { a: 1 }, null]],
  ["catchall of anything", z.catchall(z.object({ a: z.string() }), z.any()), [{ a: "x", n: "1" }, { a: 2 }]],
  ["nested", z.looseObject({ items: z.array(z.looseObject({ id: z.string(), tags: z.optional(z.nullable(z.array(z.string()))) })) }), [
    { items: [] },
    { items: [{ id: "1" }, { id: "2", tags: null }, { id: "3", tags: ["t"] }] },
    { items: [{ id: "1" }, { id: 2 }] },
    { items: [{ id: "1", tags: [1] }] },
  ]],
];

describe("the compiled check says what zod says", () => {
  for (const [name, schema, values] of cases) {
    it(name, () => {
      const check = compiledCheck(schema);
      expect(check, "compiled").toBeTypeOf("function");
      for (const value of values) expect(check!(value), JSON.stringify(value)).toBe(z.safeParse(schema, value).success);
    });
  }

  it("leaves to zod what it cannot promise to answer the same: array length checks, object refinements, other checks and formats", () => {
    expect(compiledCheck(z.string().check(z.length(3)))).toBeUndefined();
    expect(compiledCheck(z.number().check(z.int32()))).toBeUndefined();
    expect(compiledCheck(z.uuid())).toBeUndefined();
    expect(compiledCheck(z.array(z.string()).check(z.minLength(1)))).toBeUndefined();
    expect(compiledCheck(z.looseObject({ a: z.string() }).check(z.refine((v) => v.a !== "")))).toBeUndefined();
    expect(compiledCheck(z.object({ a: z.string() }))).toBeUndefined(); // strips unknown keys
    expect(compiledCheck(z.number().check(z.multipleOf(2)))).toBeUndefined();
    expect(compiledCheck(z.looseObject({ d: z.date() }))).toBeUndefined();
  });

  it("does not hide a schema that fails while being compiled", () => {
    const broken = z.lazy((): z.ZodMiniString => {
      throw new TypeError("model not loaded");
    });
    expect(() => compiledCheck(broken)).toThrow("model not loaded");
  });

  it("compiles a schema once and answers the same every time", () => {
    const schema = z.looseObject({ a: z.string() });
    expect(compiledCheck(schema)).toBe(compiledCheck(schema));
    const dated = z.looseObject({ d: z.date() });
    expect([compiledCheck(dated), compiledCheck(dated)]).toEqual([undefined, undefined]);
  });
});
