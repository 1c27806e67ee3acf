// The English messages of the issues a schema can raise beyond the models' everyday ones (exact
// lengths, keys and elements of maps and sets, exclusive unions, bigints), worded as
// zod's English locale words them.
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { issuePath, safeParse } from "../src/index.js";

describe("issue messages", () => {
  it("match zod's English locale", () => {
    const cases: [z.core.$ZodType, unknown][] = [
      [z.string().check(z.length(3)), "ab"],
      [z.array(z.string()).check(z.length(2)), ["a"]],
      [z.string().check(z.maxLength(3)), "abcdef"],
      [z.literal(5n), 4n],
      [z.literal([1n, 2n]), 3n],
      [z.literal(["a", "b"]), "c"],
      [z.set(z.number()), new Set(["a"])],
      [z.set(z.number()).check(z.minSize(2)), new Set([1])],
      [z.map(z.number(), z.string()), new Map([["k", "v"]])],
      [z.map(z.string(), z.number()), new Map([["k", "v"]])],
      [z.xor([z.string(), z.string().check(z.minLength(1))]), "x"],
      [z.number(), Number.NaN],
      [z.array(z.number()), [1, "2"]],
    ];
    const english = en().localeError;
    for (const [schema, value] of cases) {
      const ours = safeParse(schema, value).error!.issues.map((i) => i.message);
      const zods = z.safeParse(schema, value, { error: english }).error!.issues.map((i) => i.message);
      expect(ours, String(value)).toEqual(zods);
      expect(ours.length).toBeGreaterThan(0);
    }
  });

  it("name a symbol key in an issue's path by its description", () => {
    const key = Symbol("secret-slot");
    const result = safeParse(z.looseObject({ [key]: z.string() }), { [key]: 1 });
    expect(result.success).toBe(false);
    expect(issuePath(result.error!.issues[0]!)).toEqual(["Symbol(secret-slot)"]);
    expect(issuePath(safeParse(z.looseObject({ a: z.array(z.string()) }), { a: [1] }).error!.issues[0]!)).toEqual(["a", 0]);
  });
});
